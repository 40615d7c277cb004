package kg.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import inet.ipaddr.IPAddressString;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
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
 *
 * <p>Defence in depth for read-only querying: {@code LOAD CSV} may not read file URLs, its import
 * directory is an empty folder inside DIR, it may not reach any IP address over the network, and
 * every transaction times out after {@code --tx-timeout} seconds (default 300). The initial
 * password is set only on a new store, so a restart on the same DIR with the same password works.
 * Every failure prints one line starting with {@code kg-neo4j-launcher:} on standard error.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        Path data = null;
        int port = 7687;
        boolean detach = false;
        long txTimeout = 300;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--tx-timeout" -> txTimeout = Long.parseLong(args[++i]);
                case "--detach" -> detach = true;
                default -> fail("unknown argument " + args[i]);
            }
        }
        if (data == null) {
            fail("--data DIR is required");
        }
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.isEmpty()) {
            fail("NEO4J_PASSWORD is not set in the environment");
        }
        if (password.length() < 8) {
            fail("NEO4J_PASSWORD is too short: Neo4j requires at least 8 characters");
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            fail("port " + port + " on 127.0.0.1 is already in use");
        }
        Files.createDirectories(data);
        Path importDir = data.resolve("import-empty");
        Files.createDirectories(importDir);
        boolean fresh = !Files.exists(data.resolve("data").resolve("databases").resolve("system"));
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(data)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, 512L * 1024 * 1024)
                    .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                    .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir.toAbsolutePath())
                    .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                            List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
                    .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeout))
                    .build();
        } catch (RuntimeException e) {
            fail("Neo4j did not start: " + oneLine(e));
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
        try {
            GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            if (fresh) {
                system.executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
            }
            dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        } catch (RuntimeException e) {
            fail("Neo4j did not start: " + oneLine(e));
        }
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

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = String.valueOf(root.getMessage());
        return m.lines().findFirst().orElse(root.getClass().getSimpleName());
    }

    private static void fail(String message) {
        System.err.println("kg-neo4j-launcher: " + message);
        System.exit(2);
    }
}
