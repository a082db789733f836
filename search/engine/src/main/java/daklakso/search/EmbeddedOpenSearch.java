package daklakso.search;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A single OpenSearch 2.19 node for development, tests and CI. NOT for production.
 *
 * <p>Why embedded: our machines reach Maven Central but cannot download the OpenSearch
 * tarball or run docker. The server ({@code org.opensearch:opensearch}) and the modules a
 * real install ships with are ordinary jars on Maven Central, so we start the real
 * {@link Node} class ourselves. A normal install discovers its modules by scanning
 * {@code $OPENSEARCH_HOME/modules}; here they are handed to the node directly as
 * "classpath plugins", through the protected {@link Node} constructor, which is why this
 * class extends {@link Node}. Everything else (REST API, Lucene, analysis, mappings) is
 * the unmodified OpenSearch code, so Wagtail talks to it exactly as to a real server.
 *
 * <p>What the normal launcher (org.opensearch.bootstrap.OpenSearch) does and we skip on
 * purpose: production bootstrap checks, the Java security manager, the keystore, the
 * jar-hell check and log4j2.properties files. None of them matter for a node bound to
 * 127.0.0.1 that only holds throw-away development data.
 *
 * <p>Usage: {@code java [jvm options] -jar embedded-opensearch.jar [DATA_DIR] [HTTP_PORT]}
 * <ul>
 *   <li>DATA_DIR: argument 1, else env OPENSEARCH_DATA_DIR, else {@code var/opensearch}
 *       under the repository root (found from the jar's location).</li>
 *   <li>HTTP_PORT: argument 2, else env OPENSEARCH_PORT, else 9201 (9200 is left free for
 *       a "real" OpenSearch a developer may run).</li>
 *   <li>env OPENSEARCH_LOG_LEVEL: root log level, default INFO.</li>
 * </ul>
 * Memory is set by the caller's JVM options (opensearch-up.sh uses -Xms256m -Xmx768m).
 * SIGTERM / Ctrl-C close the node cleanly (flushes and releases the data-folder lock).
 */
public final class EmbeddedOpenSearch extends Node {

    static final String CLUSTER_NAME = "daklakso-dev";
    static final int DEFAULT_HTTP_PORT = 9201;

    /**
     * The modules of a real OpenSearch install that our code relies on. Each one is the
     * plugin class that the module's plugin-descriptor.properties would name.
     */
    private static final List<Class<? extends Plugin>> MODULES = List.of(
        // HTTP + transport. Without it the node has no HTTP layer at all.
        Netty4Plugin.class,
        // edge_ngram/ngram tokenizers and filters, asciifolding (Wagtail's index settings).
        CommonAnalysisPlugin.class,
        // scaled_float, rank_feature, search_as_you_type, token_count field types.
        MapperExtrasPlugin.class,
        // Painless scripting, as on any real install.
        PainlessPlugin.class
    );

    private EmbeddedOpenSearch(Environment environment, Collection<Class<? extends Plugin>> classpathPlugins) {
        // true = forbid private index settings, i.e. behave like a production node
        // (the test framework passes false to allow internal test-only settings).
        super(environment, classpathPlugins, true);
    }

    public static void main(String[] args) throws Exception {
        // Our shutdown hook logs while it closes the node; log4j's own shutdown hook would
        // stop logging first. It must be set before log4j initialises: here is early
        // enough (checked: the shutdown lines reach the log even without the -D option
        // that opensearch-up.sh also passes).
        System.setProperty("log4j.shutdownHookEnabled", "false");
        Path dataDir = resolveDataDir(args).toAbsolutePath().normalize();
        int httpPort = resolvePort(args);
        String logLevel = envOr("OPENSEARCH_LOG_LEVEL", "INFO");

        // Plain console logging (stdout; opensearch-up.sh redirects it to a log file),
        // with OpenSearch's own log4j set-up minus the log4j2.properties file.
        LogConfigurator.configureWithoutConfig(Settings.builder().put("logger.level", logLevel).build());
        Logger log = LogManager.getLogger(EmbeddedOpenSearch.class);

        // Layout inside the data folder: home/ (config, empty plugins & modules dirs that
        // OpenSearch expects to exist), data/ (the indices), logs/ (slow logs etc.).
        Path home = dataDir.resolve("home");
        for (String dir : new String[] { "config", "plugins", "modules" }) {
            Files.createDirectories(home.resolve(dir));
        }
        Files.createDirectories(dataDir.resolve("data"));
        Files.createDirectories(dataDir.resolve("logs"));

        Settings settings = Settings.builder()
            .put("cluster.name", CLUSTER_NAME)
            .put("node.name", CLUSTER_NAME + "-node")
            // One node, its own cluster manager: no discovery, no bootstrapping dance.
            .put("discovery.type", "single-node")
            // Loopback only: nobody else on the network can reach this unsecured node.
            .put("network.host", "127.0.0.1")
            .put("http.port", httpPort)
            // The internal transport port is picked from this range; nothing connects to it.
            .put("transport.port", "9300-9400")
            .put("path.home", home.toString())
            .put("path.data", dataDir.resolve("data").toString())
            .put("path.logs", dataDir.resolve("logs").toString())
            // Security: the security plugin is simply not on the classpath, so there is no
            // TLS and no authentication (plugins.security.* settings would even be rejected
            // as unknown). That is why the node only listens on 127.0.0.1.

            // Disk watermarks off: on a nearly full developer disk (or CI box) OpenSearch
            // would otherwise refuse to allocate shards and, past the flood stage, flip
            // every index to read-only, which surfaces as baffling test failures.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            // Small footprint on a 2-core machine shared with the test suite.
            .put("node.processors", Math.min(2, Runtime.getRuntime().availableProcessors()))
            .build();

        Environment environment = InternalSettingsPreparer.prepareEnvironment(
            settings, Collections.emptyMap(), home.resolve("config"), () -> CLUSTER_NAME + "-node");

        log.info("starting embedded OpenSearch: cluster [{}], http://127.0.0.1:{}, data folder [{}]",
            CLUSTER_NAME, httpPort, dataDir);

        EmbeddedOpenSearch node = new EmbeddedOpenSearch(environment, MODULES);

        // All OpenSearch threads may be daemon threads; keep the JVM alive until shutdown.
        CountDownLatch stopped = new CountDownLatch(1);
        Thread keepAlive = new Thread(() -> {
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "embedded-opensearch-keepalive");
        keepAlive.setDaemon(false);
        keepAlive.start();

        // SIGTERM/SIGINT run shutdown hooks: close the node so Lucene commits and the node
        // lock in the data folder is released (log4j.shutdownHookEnabled=false, set at the
        // top of main, keeps logging alive until this hook is done).
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                log.info("stopping embedded OpenSearch");
                node.close();
                if (node.awaitClose(30, TimeUnit.SECONDS) == false) {
                    log.warn("node did not close within 30s");
                }
                log.info("embedded OpenSearch stopped");
            } catch (Exception e) {
                log.error("error while stopping embedded OpenSearch", e);
            } finally {
                stopped.countDown();
                LogManager.shutdown();
            }
        }, "embedded-opensearch-shutdown"));

        try {
            node.start();
        } catch (Throwable t) {
            // e.g. the port is taken or the data folder is locked by another node.
            log.error("embedded OpenSearch failed to start", t);
            System.exit(1); // runs the shutdown hook, which closes what was started
        }
        // New indices get no replicas unless they ask for some: on a single node a replica
        // can never be assigned, so every index would leave the cluster "yellow" and a
        // test waiting for "green" would hang. OpenSearch reads this default from the
        // cluster metadata only (not from node settings), hence a persistent cluster
        // setting, applied once the node runs and kept in the data folder afterwards.
        try {
            node.client()
                .admin()
                .cluster()
                .prepareUpdateSettings()
                .setPersistentSettings(Settings.builder().put("cluster.default_number_of_replicas", 0).build())
                .get();
        } catch (Exception e) {
            log.warn("could not set cluster.default_number_of_replicas=0 (indices will be yellow)", e);
        }
        log.info("embedded OpenSearch started: http://127.0.0.1:{}", httpPort);
    }

    private static Path resolveDataDir(String[] args) {
        if (args.length > 0 && args[0].isBlank() == false) {
            return Paths.get(args[0]);
        }
        String fromEnv = System.getenv("OPENSEARCH_DATA_DIR");
        if (fromEnv != null && fromEnv.isBlank() == false) {
            return Paths.get(fromEnv);
        }
        // Default: <repo root>/var/opensearch. The repo root is the first ancestor of this
        // jar (or classes dir) that contains search/engine/pom.xml; else the working dir.
        try {
            Path p = Paths.get(EmbeddedOpenSearch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (; p != null; p = p.getParent()) {
                if (Files.isRegularFile(p.resolve("search/engine/pom.xml"))) {
                    return p.resolve("var/opensearch");
                }
            }
        } catch (Exception ignored) {
            // fall through to the working directory
        }
        return Paths.get("var/opensearch");
    }

    private static int resolvePort(String[] args) {
        String value = args.length > 1 ? args[1] : envOr("OPENSEARCH_PORT", String.valueOf(DEFAULT_HTTP_PORT));
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid HTTP port [" + value + "]");
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
