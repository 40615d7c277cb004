package kg.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * A real Neo4j Community server, started in process from the official Maven artifacts.
 *
 * <p>Usage: {@code java -cp … kg.launcher.Launcher --data DIR --port PORT [--detach]}
 *
 * <p>Binds Bolt to 127.0.0.1:PORT only, stores data in DIR, turns authentication on with the
 * password read from the environment variable NEO4J_PASSWORD (never from the command line),
 * prints {@code READY bolt://127.0.0.1:PORT} when it accepts connections, and shuts down when
 * its standard input closes (or, with --detach, on SIGTERM).
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        Path data = null;
        int port = 7687;
        boolean detach = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--detach" -> detach = true;
                default -> fail("unknown argument " + args[i]);
            }
        }
        if (data == null) {
            fail("--data DIR is required");
        }
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            fail("NEO4J_PASSWORD must be set in the environment (at least 8 characters)");
        }
        Files.createDirectories(data);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(data)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 512L * 1024 * 1024)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        system.executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();
        if (detach) {
            Thread.currentThread().join();
        } else {
            waitForEof(System.in);
            dbms.shutdown();
            System.exit(0);
        }
    }

    private static void waitForEof(InputStream in) throws IOException {
        byte[] buf = new byte[256];
        while (in.read(buf) >= 0) {
            // keep running while the parent holds our stdin open
        }
    }

    private static void fail(String message) {
        System.err.println("kg-neo4j-launcher: " + message);
        System.exit(2);
    }
}
