// Development/test Neo4j: an embedded 5.26 Community DBMS whose only door is Bolt on 127.0.0.1.
// Started and stopped by scripts/neo4j.mjs; never used in production (there Neo4j is a real server).
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

public final class Launcher {
    private Launcher() {}

    /** Args: home folder, Bolt port. Env: NEO4J_PASSWORD (default "diplograph"), NEO4J_AUTH=none disables auth. */
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args.length > 0 ? args[0] : ".neo4j").toAbsolutePath();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 7687;
        String password = envOr("NEO4J_PASSWORD", "diplograph");
        boolean auth = !"none".equalsIgnoreCase(envOr("NEO4J_AUTH", ""));
        Files.createDirectories(home);

        long started = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                // Modest footprint: the machine is shared; the test graph is small.
                .setConfig(GraphDatabaseSettings.pagecache_memory, 128L * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(2))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("diplograph-neo4j: stopping");
            dbms.shutdown();
            System.out.println("diplograph-neo4j: stopped");
            stopped.countDown();
        }, "diplograph-neo4j-shutdown"));

        try {
            if (auth) setPassword(dbms, password);
        } catch (RuntimeException e) {
            // Without this exit the JVM would linger with Bolt open but unusable, and the start script would wait.
            e.printStackTrace();
            System.exit(1);
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("diplograph-neo4j: ready on bolt://127.0.0.1:%d (auth %s) in %d ms%n",
                port, auth ? "enabled, user neo4j" : "disabled", ms);
        System.out.flush();
        stopped.await();
    }

    /**
     * The built-in user starts with a password that must be changed; ours is set on every start so that
     * NEO4J_PASSWORD is the single source of truth. Neo4j refuses a "change" to the same password: that is success.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            if (!String.valueOf(rootCause(e).getMessage()).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t;
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
