package dk.unilogin.helper.app.web.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a Flight Recorder recording of the server under load spent its CPU and its
 * allocation: execution samples and allocation samples, each put in the area of the server
 * its nearest recognised frame belongs to ({@code benchmark/profile-areas.txt}), as shares,
 * plus the hottest methods and the garbage collector's pauses. Shares rather than times, so a
 * machine busy with other work still gives a fair picture. Usage: {@code JfrProfileSummary FILE.jfr [TOP]}.
 */
public final class JfrProfileSummary {

    private record Area(String prefix, String name) {
    }

    private JfrProfileSummary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: JfrProfileSummary FILE.jfr [TOP]");
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        List<Area> areas = areas();
        Map<String, Long> cpuByArea = new HashMap<>();
        Map<String, Long> cpuByMethod = new HashMap<>();
        Map<String, Long> cpuByThread = new HashMap<>();
        Map<String, Double> allocationByArea = new HashMap<>();
        Map<String, Double> allocationByClass = new HashMap<>();
        Map<String, Long> contentionByMonitor = new HashMap<>();
        long samples = 0;
        double allocated = 0;
        double gcPauseMillis = 0;
        int collections = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            switch (event.getEventType().getName()) {
                case "jdk.ExecutionSample" -> {
                    samples++;
                    cpuByArea.merge(area(event.getStackTrace(), areas), 1L, Long::sum);
                    cpuByMethod.merge(topFrame(event.getStackTrace()), 1L, Long::sum);
                    cpuByThread.merge(threadGroup(event.getThread("sampledThread").getJavaName()), 1L, Long::sum);
                }
                case "jdk.ObjectAllocationSample" -> {
                    double weight = event.getLong("weight");
                    allocated += weight;
                    allocationByArea.merge(area(event.getStackTrace(), areas), weight, Double::sum);
                    allocationByClass.merge(event.getClass("objectClass").getName(), weight, Double::sum);
                }
                case "jdk.JavaMonitorEnter" -> contentionByMonitor.merge(
                        event.getClass("monitorClass").getName() + " at " + topFrame(event.getStackTrace()),
                        event.getDuration().toNanos() / 1000, Long::sum);
                case "jdk.GarbageCollection" -> {
                    gcPauseMillis += event.getDuration("sumOfPauses").toNanos() / 1e6;
                    collections++;
                }
                default -> { }
            }
        }
        System.out.printf("%d execution samples, %.0f MB allocation sampled, %d collections, %.0f ms GC pauses%n",
                samples, allocated / 1e6, collections, gcPauseMillis);
        print("CPU by area (share of execution samples)", cpuByArea, samples, top);
        print("CPU by thread", cpuByThread, samples, top);
        print("hottest methods (self)", cpuByMethod, samples, top);
        printDouble("allocation by area", allocationByArea, allocated, top);
        printDouble("allocation by class", allocationByClass, allocated, top);
        long contended = contentionByMonitor.values().stream().mapToLong(Long::longValue).sum();
        print("contended monitors (share of " + contended / 1000 + " ms blocked)", contentionByMonitor, contended, 10);
    }

    private static List<Area> areas() throws IOException {
        List<Area> areas = new ArrayList<>();
        try (InputStream in = JfrProfileSummary.class.getResourceAsStream("/benchmark/profile-areas.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    String[] parts = trimmed.split("\\s+", 2);
                    areas.add(new Area(parts[0], parts[1].strip()));
                }
            }
        }
        return areas;
    }

    private static String area(RecordedStackTrace stack, List<Area> areas) {
        if (stack == null) {
            return "(no stack)";
        }
        for (RecordedFrame frame : stack.getFrames()) {
            if (!frame.isJavaFrame()) {
                continue;
            }
            String type = frame.getMethod().getType().getName();
            for (Area area : areas) {
                if (type.startsWith(area.prefix())) {
                    return area.name();
                }
            }
        }
        return "JDK and other (" + bottomType(stack) + ")";
    }

    private static String bottomType(RecordedStackTrace stack) {
        List<RecordedFrame> frames = stack.getFrames();
        return frames.isEmpty() ? "?" : frames.get(frames.size() - 1).getMethod().getType().getName();
    }

    private static String topFrame(RecordedStackTrace stack) {
        if (stack == null || stack.getFrames().isEmpty()) {
            return "(no stack)";
        }
        RecordedFrame frame = stack.getFrames().get(0);
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    /** Thread names without their numbers, so a pool counts as one. */
    private static String threadGroup(String name) {
        return name == null ? "?" : name.replaceAll("-?\\d+", "-N");
    }

    private static void print(String title, Map<String, Long> counts, long total, int top) {
        System.out.println();
        System.out.println(title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(top).forEach(e -> System.out.printf("  %5.1f %%  %s%n", 100.0 * e.getValue() / Math.max(1, total),
                        e.getKey()));
    }

    private static void printDouble(String title, Map<String, Double> amounts, double total, int top) {
        System.out.println();
        System.out.println(title + ":");
        amounts.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(top).forEach(e -> System.out.printf("  %5.1f %%  %s%n", 100.0 * e.getValue() / Math.max(1, total),
                        e.getKey()));
    }
}
