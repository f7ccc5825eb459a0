package com.roamvault.server;

import com.roamvault.server.demo.DemoSeeder;
import com.roamvault.server.crypt.DataKeyException;
import com.roamvault.server.dmz.AppServer;
import com.roamvault.server.dmz.AppServerConfig;
import com.roamvault.server.dmz.DmzCore;
import com.roamvault.server.dmz.KeyPin;
import com.roamvault.server.identity.ServerIdentity;
import com.roamvault.server.keys.ServerKeys;
import com.roamvault.server.password.PasswordHasher;
import com.roamvault.server.store.StoreUnavailableException;
import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar roamvault-server.jar}: starts the server (all-in-one, or the DMZ core or App Server,
 * see {@code --role}) and prints one READY line for scripts.
 */
@Command(name = "roamvault-server", mixinStandardHelpOptions = true, version = ServerIdentity.VERSION,
        subcommands = RotateKeysCommand.class,
        description = "Roamvault vault core + App Server over HTTPS (or one of the two, in the DMZ topology).")
public final class ServerMain implements Callable<Integer> {
    private static final String ALL_IN_ONE = "all-in-one";
    private static final String CORE = "core";
    private static final String APP_SERVER = "app-server";

    @Option(names = "--data", description = "Data folder: keys, certificate, embedded database (default: ${DEFAULT-VALUE})")
    Path data = Path.of("data");

    @Option(names = "--port", description = "HTTPS port; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port = 8443;

    @Option(names = "--host", description = "Address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE})")
    String host = "127.0.0.1";

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Database, e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres (default: H2 file under --data)")
    String db;

    @Option(names = "--admin-password", description = "Password of the 'admin' security administrator on first start "
            + "(or ROAMVAULT_ADMIN_PASSWORD); without one a strong password is generated and printed once")
    String adminPassword;

    @Option(names = "--demo", description = "Seed a demo organisation (users, groups, lists, records) with a documented admin password")
    boolean demo;

    @Option(names = "--role", paramLabel = "ROLE", description = "all-in-one (default): one process for everything; "
            + "core: the vault behind a DMZ App Server; app-server: the DMZ App Server phones reach (no database)")
    String role = ALL_IN_ONE;

    @Option(names = "--internal-port", description = "core: the port only the App Server may use (mutual TLS); "
            + "0 picks a free one (default: ${DEFAULT-VALUE})")
    int internalPort = 8444;

    @Option(names = "--app-server-pin", paramLabel = "PIN",
            description = "core: the App Server's certificate pin (sha256/...; see --print-pin), "
                    + "the only client --internal-port accepts")
    String appServerPin;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "core: the App Server's https URL as phones reach it; it goes into pairing codes")
    String publicUrl;

    @Option(names = "--core-url", paramLabel = "URL",
            description = "app-server: the core's internal channel, https://CORE_HOST:INTERNAL_PORT")
    String coreUrl;

    @Option(names = "--core-pin", paramLabel = "PIN",
            description = "app-server: the core's certificate pin (sha256/...)")
    String corePin;

    @Option(names = "--print-pin",
            description = "Print the certificate pin of --data (making its keys on first use) and exit")
    boolean printPin;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ServerMain()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        if (printPin) {
            return printPin();
        }
        try {
            return switch (role) {
                case ALL_IN_ONE -> runCore(null);
                case CORE -> runCore(dmzCore());
                case APP_SERVER -> runAppServer(appServerConfig());
                default -> throw new UsageError("--role must be all-in-one, core or app-server, not '" + role + "'");
            };
        } catch (UsageError e) {
            return fail(e.getMessage());
        }
    }

    /** A flag is missing or wrong: said in one line, with no stack trace. */
    private static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message, null, false, false);
        }
    }

    private int printPin() {
        try {
            System.out.println(ServerKeys.loadOrCreate(data).pin());
            return 0;
        } catch (IOException e) {
            return fail("Cannot read or make the keys in " + data.toAbsolutePath() + ": " + e.getMessage());
        }
    }

    private DmzCore dmzCore() {
        if (appServerPin == null) {
            throw new UsageError("--role core needs --app-server-pin sha256/... : the App Server's pin "
                    + "(print it with --data APP_SERVER_DATA --print-pin)");
        }
        if (publicUrl == null) {
            throw new UsageError("--role core needs --public-url https://HOST:PORT : where phones reach "
                    + "the App Server (pairing codes carry it)");
        }
        return new DmzCore(internalPort, pin("--app-server-pin", appServerPin), httpsUrl("--public-url", publicUrl));
    }

    private AppServerConfig appServerConfig() {
        if (coreUrl == null) {
            throw new UsageError("--role app-server needs --core-url https://CORE_HOST:INTERNAL_PORT : the core's "
                    + "internal port (its READY line prints it as internal=...)");
        }
        if (corePin == null) {
            throw new UsageError("--role app-server needs --core-pin sha256/... : the core's certificate pin (its "
                    + "READY line prints it as pin=...)");
        }
        if (db != null || demo || adminPassword != null) {
            throw new UsageError("The App Server has no database: --db, --demo and --admin-password belong to "
                    + "the core");
        }
        return new AppServerConfig(data, host, port, httpsUrl("--core-url", coreUrl), pin("--core-pin", corePin));
    }

    private int runAppServer(AppServerConfig config) throws InterruptedException {
        AppServer server;
        try {
            server = AppServer.start(config);
        } catch (IOException e) {
            return fail("Cannot use the data folder " + data.toAbsolutePath() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            if (hasCause(e, BindException.class)) {
                return fail("Port " + port + " is already in use. Stop the other program or choose --port N (0 = any free port).");
            }
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "roamvault-shutdown"));
        System.out.println("Roamvault App Server " + ServerIdentity.VERSION + " — keys in " + data.toAbsolutePath());
        System.out.println("  URL:             " + server.url() + "   (phones connect here)");
        System.out.println("  Certificate pin: " + server.pin());
        System.out.println("  Core:            " + coreUrl + " pinned to " + corePin);
        System.out.println("ROAMVAULT READY url=" + server.url() + " pin=" + server.pin());
        System.out.flush();
        new CountDownLatch(1).await();
        return 0;
    }

    private static KeyPin pin(String flag, String text) {
        try {
            return KeyPin.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageError(flag + ": " + e.getMessage());
        }
    }

    private static URI httpsUrl(String flag, String text) {
        try {
            URI uri = new URI(text.strip());
            if ("https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw new UsageError(flag + " must be an https URL such as https://host:8443, not '" + text + "'");
    }

    private int runCore(DmzCore dmz) throws InterruptedException {
        String password = adminPassword != null ? adminPassword : System.getenv("ROAMVAULT_ADMIN_PASSWORD");
        if (password == null && demo) {
            password = DemoSeeder.DEMO_ADMIN_PASSWORD;
        }
        ServerConfig config = ServerConfig.defaults(data).withPort(port).withHost(host).withJdbcUrl(db)
                .withAdminPassword(password).withDemo(demo).withHashing(PasswordHasher.OWASP).withDmz(dmz);
        RoamvaultServer server;
        try {
            server = RoamvaultServer.start(config);
        } catch (DataKeyException e) {
            return fail(e.getMessage());
        } catch (StoreUnavailableException e) {
            return fail(e.getMessage() + "\nCheck --db (host, port, database, user) or leave it out to use the embedded database.");
        } catch (AccessDeniedException e) {
            return fail("The data folder is not writable: " + e.getFile() + "\nChoose another with --data DIR.");
        } catch (FileSystemException e) {
            return fail("Cannot use the data folder " + data.toAbsolutePath() + ": " + e.getReason());
        } catch (IOException e) {
            return fail("Cannot start: " + e.getMessage());
        } catch (RuntimeException e) {
            if (hasCause(e, BindException.class)) {
                return fail(dmz == null
                        ? "Port " + port + " is already in use. Stop the other program or choose --port N (0 = any free port)."
                        : "Port " + port + " or " + internalPort + " is already in use. Stop the other program or choose "
                                + "--port N / --internal-port N (0 = any free port).");
            }
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "roamvault-shutdown"));
        System.out.println("Roamvault server " + ServerIdentity.VERSION + " — data in " + data.toAbsolutePath());
        System.out.println("  URL:             " + server.url());
        System.out.println("  Certificate pin: " + server.pin());
        System.out.println("  System API key:  shown to administrators (GET /api/admin/v1/server)");
        server.generatedAdminPassword().ifPresent(p -> System.out.println(
                "  Admin login:     admin / " + p + "   (generated now, shown only this once)"));
        if (demo) {
            System.out.println("  Demo admin:      admin / " + DemoSeeder.DEMO_ADMIN_PASSWORD);
            System.out.println("  Demo users:      " + DemoSeeder.describeUsers());
        }
        server.internalUrl().ifPresent(internal -> {
            System.out.println("  Internal port:   " + internal + "   (only for the App Server pinned to "
                    + appServerPin + ")");
            System.out.println("  Phones:          through the App Server at " + publicUrl);
        });
        System.out.println("ROAMVAULT READY url=" + server.url() + " pin=" + server.pin()
                + server.internalUrl().map(internal -> " internal=" + internal).orElse(""));
        System.out.flush();
        new CountDownLatch(1).await();
        return 0;
    }

    private static int fail(String message) {
        System.err.println("roamvault-server: " + message);
        return 2;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
