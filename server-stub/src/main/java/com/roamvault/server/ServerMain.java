package com.roamvault.server;

import com.roamvault.server.demo.DemoSeeder;
import com.roamvault.server.crypt.DataKeyException;
import com.roamvault.server.dmz.AppServer;
import com.roamvault.server.dmz.AppServerConfig;
import com.roamvault.server.dmz.AppServerKeys;
import com.roamvault.server.dmz.DmzCore;
import com.roamvault.server.identity.ServerIdentity;
import com.roamvault.server.keys.ServerKeys;
import com.roamvault.server.password.PasswordHasher;
import com.roamvault.server.store.StoreUnavailableException;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    DmzOptions dmzOptions = new DmzOptions();

    @Option(names = "--print-pin", description = "Print the certificate pin of --data (making its keys on first use) "
            + "and exit; for an App Server's folder (--role app-server) its client pin and its phone pin")
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
            host = DmzOptions.address("--host", host);
            return switch (role) {
                case ALL_IN_ONE -> runCore(null);
                case CORE -> runCore(dmzOptions.core(host));
                case APP_SERVER -> runAppServer(appServerConfig());
                default -> throw new UsageError("--role must be all-in-one, core or app-server, not '" + role + "'");
            };
        } catch (UsageError e) {
            return fail(e.getMessage());
        }
    }

    private int printPin() {
        try {
            if (role.equals(APP_SERVER) || (role.equals(ALL_IN_ONE) && AppServerKeys.isAppServerFolder(data))) {
                DmzOptions.appServerPinLines(AppServerKeys.loadOrCreate(data)).forEach(System.out::println);
            } else {
                System.out.println(ServerKeys.pin(data));
            }
            return 0;
        } catch (IOException e) {
            return fail("Cannot read or make the keys in " + data.toAbsolutePath() + ": " + e.getMessage());
        }
    }

    private AppServerConfig appServerConfig() {
        if (db != null || demo || adminPassword != null) {
            throw new UsageError("The App Server has no database: --db, --demo and --admin-password belong to "
                    + "the core");
        }
        return dmzOptions.appServer(data, host, port);
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
        System.out.println("  Phone pin:       " + server.pin() + "   (the core's --public-pin)");
        System.out.println("  Client pin:      " + server.keys().clientPin() + "   (the core's --app-server-pin)");
        System.out.println("  Core:            " + dmzOptions.coreUrl + " pinned to " + dmzOptions.corePin);
        System.out.println("ROAMVAULT READY url=" + server.url() + " pin=" + server.pin());
        System.out.flush();
        new CountDownLatch(1).await();
        return 0;
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
                        : "Port " + port + " or " + dmz.internalPort() + " is already in use. Stop the other program or choose "
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
            System.out.println("  Internal port:   " + internal + "   (only for the App Servers pinned to "
                    + String.join(", ", dmzOptions.appServerPins) + ")");
            System.out.println("  Phones:          through the App Server at " + dmzOptions.publicUrl);
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
