package dk.unilogin.helper.app.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the commands clients send to a Redis server while it runs, through Redis's own MONITOR:
 * each command a client sends is one round trip; commands a Lua script runs inside Redis are
 * listed by MONITOR as coming from "lua" and are counted apart.
 */
final class RedisMonitor implements AutoCloseable {
    /** {@code +1700000000.123456 [0 127.0.0.1:50000] "evalsha" "..."}: the source and the command name. */
    private static final Pattern LINE = Pattern.compile("^\\+[0-9.]+ \\[\\d+ ([^\\]]+)\\] \"([^\"]+)\"");

    private final Socket socket;
    private final Thread reader;
    private final Map<String, Integer> fromClients = new TreeMap<>();
    private final Map<String, Integer> fromScripts = new TreeMap<>();

    RedisMonitor(int port) throws IOException, InterruptedException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.getOutputStream().write("MONITOR\r\n".getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        if (!"+OK".equals(in.readLine())) {
            throw new IOException("MONITOR was refused");
        }
        reader = new Thread(() -> read(in), "redis-monitor");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(BufferedReader in) {
        try {
            String line;
            while ((line = in.readLine()) != null) {
                Matcher m = LINE.matcher(line);
                if (m.find()) {
                    String command = m.group(2).toLowerCase(java.util.Locale.ROOT);
                    synchronized (this) {
                        (m.group(1).equals("lua") ? fromScripts : fromClients).merge(command, 1, Integer::sum);
                    }
                }
            }
        } catch (IOException closed) {
            // close() ends the reading
        }
    }

    /** Waits until MONITOR has shown what was sent before this call, then stops counting. */
    @Override
    public void close() throws IOException, InterruptedException {
        Thread.sleep(200);
        socket.close();
        reader.join(2_000);
    }

    synchronized Map<String, Integer> fromClients() {
        return new TreeMap<>(fromClients);
    }

    synchronized Map<String, Integer> fromScripts() {
        return new TreeMap<>(fromScripts);
    }

    synchronized int roundTrips() {
        return fromClients.values().stream().mapToInt(Integer::intValue).sum();
    }
}
