package dk.unilogin.helper.app.web.benchmark;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Saturation: a fixed number of connections, each sending its next request as soon as the
 * previous answer has come (closed loop), for a warm-up and then a measured time. What the
 * server completes in the measured time is its throughput at saturation.
 */
final class ClosedLoopRun {

    /** One request on a connection; true when the answer was the expected one. */
    interface Exchange {
        boolean send(ChatConnection connection, int connectionIndex, long sequence);
    }

    /** Answers counted in the measured time, and in the whole run (for the insights count). */
    record Result(long measuredOk, long measuredErrors, double seconds, long totalOk, long totalErrors) {
        double throughput() {
            return measuredOk / seconds;
        }
    }

    private final InetSocketAddress server;
    private final int connections;

    ClosedLoopRun(InetSocketAddress server, int connections) {
        this.server = server;
        this.connections = connections;
    }

    Result run(Exchange exchange, double warmupSeconds, double seconds) throws InterruptedException {
        LongAdder ok = new LongAdder();
        LongAdder errors = new LongAdder();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            int index = i;
            Thread worker = new Thread(() -> {
                try (ChatConnection connection = new ChatConnection(server)) {
                    for (long sequence = 0; !stop.get(); sequence++) {
                        (exchange.send(connection, index, sequence) ? ok : errors).increment();
                    }
                }
            }, "saturation-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        Thread.sleep((long) (warmupSeconds * 1000));
        long okBefore = ok.sum();
        long errorsBefore = errors.sum();
        long from = System.nanoTime();
        Thread.sleep((long) (seconds * 1000));
        long okAfter = ok.sum();
        long errorsAfter = errors.sum();
        double measured = (System.nanoTime() - from) / 1e9;
        stop.set(true);
        for (Thread worker : workers) {
            worker.join();
        }
        return new Result(okAfter - okBefore, errorsAfter - errorsBefore, measured, ok.sum(), errors.sum());
    }
}
