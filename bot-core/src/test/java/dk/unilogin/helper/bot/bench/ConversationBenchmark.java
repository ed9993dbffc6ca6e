package dk.unilogin.helper.bot.bench;

import dk.unilogin.helper.bot.TurnProcessor;
import dk.unilogin.helper.bot.UniloginBot;
import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.activity.SuggestedAction;
import dk.unilogin.helper.bot.state.InMemoryConversationStateStore;
import dk.unilogin.helper.knowledge.KnowledgeBase;
import dk.unilogin.helper.knowledge.KnowledgeLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * Turn latency (median, p99), CPU per turn and memory per idle conversation, measured outside the unit
 * tests: {@code ./mvnw -q -ntp -pl bot-core -am -Pbench -DskipTests verify}. Turns are a mix
 * of questions, small talk, follow-ups and button presses, single-threaded after warm-up.
 */
public final class ConversationBenchmark {
    private static final List<String> MESSAGES = List.of(
            "min søn har glemt sin kode", "jeg har glemt mit brugernavn", "min datter", "hej", "der står ingen adgang",
            "det virker stadig ikke", "hvor skal vi logge ind", "mange tak", "my daughter forgot her password",
            "hvordan laver jeg pandekager", "og hvad med min datter?", "login på pc virker ikke", "hvad så?",
            "zoom virker ikke med unilogin", "what is my child's Unilogin username");

    public static void main(String[] args) {
        KnowledgeBase knowledge = KnowledgeLoader.loadBundled();
        int warmup = 20_000;
        int measured = 50_000;
        TurnProcessor bot = UniloginBot.builder().knowledge(knowledge).build();
        run(bot, warmup, null);
        long[] nanos = new long[measured];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        run(bot, measured, nanos);
        long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
        Arrays.sort(nanos);
        System.out.printf("turn latency over %,d turns after %,d warm-up: median %.0f µs, p90 %.0f µs, p99 %.0f µs%n",
                measured, warmup, nanos[measured / 2] / 1e3, nanos[(int) (measured * 0.90)] / 1e3,
                nanos[(int) (measured * 0.99)] / 1e3);
        // CPU time of the turns' thread: what a turn costs the server, whatever else runs on the machine
        System.out.printf("CPU per turn: %.1f µs on average (load average %.1f)%n", cpu / 1e3 / measured,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        idleMemory(knowledge);
    }

    /** Drives conversations of three turns: a message, a pressed button from the reply, another message. */
    private static void run(TurnProcessor bot, int turns, long[] nanos) {
        int conversations = turns / 3;
        int t = 0;
        for (int c = 0; c < conversations && t < turns; c++) {
            String id = "bench-" + System.identityHashCode(nanos) + "-" + c;
            String first = MESSAGES.get(c % MESSAGES.size());
            long start = System.nanoTime();
            var reply = bot.process(Activity.userMessage("bench", id, "u", first));
            record(nanos, t++, start);
            List<SuggestedAction> buttons = reply.replies().stream().flatMap(a -> a.suggestedActions().stream())
                    .toList();
            Activity second = buttons.isEmpty() ? Activity.userMessage("bench", id, "u", "hvad så?")
                    : Activity.userValue("bench", id, "u", buttons.get(c % buttons.size()).value());
            start = System.nanoTime();
            bot.process(second);
            record(nanos, t++, start);
            start = System.nanoTime();
            bot.process(Activity.userMessage("bench", id, "u", MESSAGES.get((c * 7 + 3) % MESSAGES.size())));
            record(nanos, t++, start);
        }
    }

    private static void record(long[] nanos, int i, long start) {
        if (nanos != null && i < nanos.length) {
            nanos[i] = System.nanoTime() - start;
        }
    }

    /** Heap held per conversation left idle in the default store after three turns. */
    private static void idleMemory(KnowledgeBase knowledge) {
        int conversations = 20_000;
        InMemoryConversationStateStore store = new InMemoryConversationStateStore(Clock.systemUTC());
        TurnProcessor bot = UniloginBot.builder().knowledge(knowledge).stateStore(store).build();
        long before = usedHeap();
        for (int c = 0; c < conversations; c++) {
            String id = "idle-" + c;
            bot.process(Activity.userMessage("bench", id, "u", MESSAGES.get(c % MESSAGES.size())));
            bot.process(Activity.userMessage("bench", id, "u", "hvad så?"));
            bot.process(Activity.userMessage("bench", id, "u", MESSAGES.get((c * 7 + 3) % MESSAGES.size())));
        }
        long after = usedHeap();
        System.out.printf("memory per idle conversation: %,d bytes (%,d conversations held, %,d KB in all)%n",
                (after - before) / store.size(), store.size(), (after - before) / 1024);
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
