package dk.unilogin.helper.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class HeapAtRestTest {

    @Test
    void theReadyServerGivesSpareHeapBackAndKeepsLittleFree() {
        HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

        new HeapAtRest().onApplicationEvent(null);

        // Either set now or already set by an earlier application in this JVM; the defaults (70, 40, 0) keep idle heap.
        assertThat(hotSpot.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo("30");
        assertThat(hotSpot.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo("10");
        assertThat(hotSpot.getVMOption("G1PeriodicGCInterval").getValue()).isEqualTo("300000");
    }
}
