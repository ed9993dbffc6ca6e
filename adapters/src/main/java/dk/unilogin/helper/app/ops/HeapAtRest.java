package dk.unilogin.helper.app.ops;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Keeps the heap small while the server is idle, with no heap options in the run command.
 * When the application is ready, before readiness reports that it accepts traffic, it sets the JVM's manageable heap settings below that were left at their defaults
 * (an option given on the command line wins) and runs one full collection, which gives the
 * garbage of starting (reading the guide, building its index, creating the beans) back to the
 * system. Under load the heap grows as the collector needs; after five idle minutes a periodic
 * collection gives what is spare back again.
 */
final class HeapAtRest implements ApplicationListener<ApplicationReadyEvent> {
    private static final Logger log = LoggerFactory.getLogger(HeapAtRest.class);

    /**
     * At most 30 % of the heap free after a collection that may shrink it (default 70 %), at
     * least 10 % (default 40 %); a periodic collection after 300 s without one (default never).
     */
    static final Map<String, String> SETTINGS = Map.of(
            "MaxHeapFreeRatio", "30",
            "MinHeapFreeRatio", "10",
            "G1PeriodicGCInterval", "300000");

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        applyDefaults();
        long started = System.nanoTime();
        System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        log.info("Start-up garbage collected in {} ms: heap {} MB used, {} MB kept",
                (System.nanoTime() - started) / 1_000_000, heap.getUsed() >> 20, heap.getCommitted() >> 20);
    }

    private static void applyDefaults() {
        HotSpotDiagnosticMXBean hotSpot;
        try {
            hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        } catch (RuntimeException | LinkageError e) {
            return; // not HotSpot: its own defaults stay
        }
        if (hotSpot == null) {
            return;
        }
        // Lowered minimum first: the JVM refuses a maximum below the current minimum.
        for (String name : new String[] {"MinHeapFreeRatio", "MaxHeapFreeRatio", "G1PeriodicGCInterval"}) {
            try {
                VMOption option = hotSpot.getVMOption(name);
                if (option.getOrigin() == VMOption.Origin.DEFAULT && option.isWriteable()) {
                    hotSpot.setVMOption(name, SETTINGS.get(name));
                }
            } catch (RuntimeException e) {
                log.debug("JVM option {} left as it is: {}", name, e.getMessage());
            }
        }
    }
}
