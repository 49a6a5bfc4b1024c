import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.activemq.artemis.api.core.JsonUtil;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientRequestor;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.api.core.management.ManagementHelper;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.json.JsonObject;
import org.apache.activemq.artemis.json.JsonValue;

/**
 * Lists the messages in Vigil's dead-letter queue and sends one back to the queue it came from.
 * Run by {@code ./vigil dead-letters} with nothing but Artemis' own jars on the class path (Java's
 * single-file launcher compiles it on the fly), over the broker's management address:
 *
 * <pre>
 *   VIGIL_AMQP_USER=U VIGIL_AMQP_PASSWORD=P java -cp "$ARTEMIS_HOME/lib/*" DeadLetters.java [--url tcp://127.0.0.1:5673]
 *        [--failures FILE] list | count | raw | replay ID
 * </pre>
 *
 * The broker keeps no reason for a dead letter: each service records the last error of every
 * message it failed on (table {@code message_failure}); {@code --failures} names a file of
 * tab-separated lines (queue, message id, attempts, last failed at, error) that the script
 * exported from the services' databases, joined here by message id and consuming queue.
 * {@code replay} uses Artemis' {@code retryMessage}: the message goes back to its original
 * address with its id unchanged. Every queue of that address gets it again (Artemis 2.44 does not
 * restrict the retry of an AMQP message to its original queue); a consumer that had applied it
 * already finds the id in its inbox and ignores it, so the message is still applied once.
 */
public class DeadLetters {

    static final String DEAD_LETTER_QUEUE = "vigil.dead-letter";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        List<String> command = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                command.add(args[i]);
            }
        }
        String url = options.getOrDefault("url", "tcp://127.0.0.1:5673");
        try (ServerLocator locator = ActiveMQClient.createServerLocator(url);
                ClientSessionFactory factory = locator.createSessionFactory();
                ClientSession session = factory.createSession(
                        System.getenv("VIGIL_AMQP_USER"), System.getenv("VIGIL_AMQP_PASSWORD"), false, true, true, false, 1)) {
            session.start();
            DeadLetters deadLetters = new DeadLetters(session);
            String verb = command.isEmpty() ? "list" : command.get(0);
            switch (verb) {
                case "list" -> deadLetters.list(failures(options.get("failures")));
                case "count" -> System.out.println(deadLetters.messages().size());
                case "raw" -> deadLetters.messages().forEach(System.out::println);
                case "replay" -> {
                    if (command.size() != 2) {
                        fail("usage: replay <message id>");
                    }
                    deadLetters.replay(command.get(1));
                }
                default -> fail("unknown command " + verb + " (list, count, raw, replay <id>)");
            }
        }
    }

    private final ClientSession session;

    DeadLetters(ClientSession session) {
        this.session = session;
    }

    List<JsonObject> messages() throws Exception {
        Object result = invoke("listMessagesAsJSON", "");
        List<JsonObject> messages = new ArrayList<>();
        for (JsonValue value : JsonUtil.readJsonArray(String.valueOf(result))) {
            messages.add(value.asJsonObject());
        }
        return messages;
    }

    void list(Map<String, String> failures) throws Exception {
        List<JsonObject> messages = messages();
        if (messages.isEmpty()) {
            System.out.println("no dead letters");
            return;
        }
        System.out.printf("%-36s  %-16s  %-40s  %8s  %-24s  %s%n", "id", "type", "original queue", "attempts", "last failed at", "error");
        for (JsonObject message : messages) {
            String id = messageId(message);
            String queue = text(message, "_AMQ_ORIG_QUEUE");
            String failure = failures.getOrDefault(id + "\t" + queue, "");
            String[] parts = failure.isEmpty() ? new String[] {"", "", ""} : failure.split("\t", 3);
            String attempts = parts[0].isEmpty() ? "?" : parts[0];
            System.out.printf("%-36s  %-16s  %-40s  %8s  %-24s  %s%n",
                    id, text(message, "subject"), queue, attempts, parts[1].isEmpty() ? "?" : parts[1],
                    parts[2].isEmpty() ? "(no error recorded)" : parts[2]);
        }
        System.out.printf("%d dead letter(s); ./vigil dead-letters replay <id> sends one back to its original address%n", messages.size());
    }

    void replay(String id) throws Exception {
        for (JsonObject message : messages()) {
            if (id.equals(messageId(message))) {
                long brokerId = message.getJsonNumber("messageID").longValue();
                Object moved = invoke("retryMessage", brokerId);
                if (!Boolean.TRUE.equals(moved)) {
                    fail("the broker did not move " + id + " back to " + text(message, "_AMQ_ORIG_ADDRESS"));
                }
                System.out.println("replayed " + id + " to " + text(message, "_AMQ_ORIG_ADDRESS")
                        + " (dead-lettered from " + text(message, "_AMQ_ORIG_QUEUE") + ")");
                return;
            }
        }
        fail("no dead letter with id " + id);
    }

    private Object invoke(String operation, Object... arguments) throws Exception {
        try (ClientRequestor requestor = new ClientRequestor(session, "activemq.management")) {
            ClientMessage request = session.createMessage(false);
            ManagementHelper.putOperationInvocation(request, ResourceNames.QUEUE + DEAD_LETTER_QUEUE, operation, arguments);
            ClientMessage reply = requestor.request(request, 10_000);
            if (reply == null) {
                fail("the broker did not answer " + operation);
            }
            if (!ManagementHelper.hasOperationSucceeded(reply)) {
                fail(operation + " failed: " + ManagementHelper.getResult(reply));
            }
            return ManagementHelper.getResult(reply);
        }
    }

    /** The AMQP message-id the relay set (the envelope id), without Artemis' "ID:" prefix. */
    static String messageId(JsonObject message) {
        String id = text(message, "userID");
        if (id.isEmpty()) {
            id = text(message, "messageID");
        }
        return id.startsWith("ID:") ? id.substring(3) : id;
    }

    static String text(JsonObject message, String key) {
        JsonValue value = message.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        return value.getValueType() == JsonValue.ValueType.STRING ? message.getString(key) : value.toString();
    }

    /** (message id TAB queue) → (attempts TAB last failed at TAB error), from the services' records. */
    static Map<String, String> failures(String file) throws Exception {
        Map<String, String> failures = new HashMap<>();
        if (file == null || !Files.exists(Path.of(file))) {
            return failures;
        }
        for (String line : Files.readAllLines(Path.of(file))) {
            String[] fields = line.split("\t", 5);
            if (fields.length == 5) {
                failures.put(fields[1] + "\t" + fields[0], fields[2] + "\t" + fields[3] + "\t" + fields[4]);
            }
        }
        return failures;
    }

    static void fail(String message) {
        System.err.println("dead-letters: " + message);
        System.exit(1);
    }
}
