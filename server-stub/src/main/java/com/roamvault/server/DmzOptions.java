package com.roamvault.server;

import com.roamvault.server.dmz.AppServerConfig;
import com.roamvault.server.dmz.AppServerKeys;
import com.roamvault.server.dmz.DmzCore;
import com.roamvault.server.dmz.KeyPin;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The flags of the DMZ topology (core or App Server) and their checks, each failure one sentence. */
final class DmzOptions {
    @Option(names = "--internal-port", description = "core: the port only the App Servers may use (mutual TLS); "
            + "0 picks a free one (default: ${DEFAULT-VALUE})")
    int internalPort = 8444;

    @Option(names = "--internal-host", paramLabel = "HOST",
            description = "core: the address the internal port listens on (default: the same as --host)")
    String internalHost;

    @Option(names = "--app-server-pin", paramLabel = "PIN",
            description = "core: an App Server's client pin (sha256/...; see --role app-server --print-pin); "
                    + "repeat it for each App Server: the only clients --internal-port accepts")
    List<String> appServerPins = new ArrayList<>();

    @Option(names = "--public-url", paramLabel = "URL",
            description = "core: the App Server's https URL as phones reach it; it goes into pairing codes")
    String publicUrl;

    @Option(names = "--public-pin", paramLabel = "PIN",
            description = "core: the pin of the key the App Server shows phones (its phone pin, see --print-pin); "
                    + "it goes into pairing codes")
    String publicPin;

    @Option(names = "--core-url", paramLabel = "URL",
            description = "app-server: the core's internal channel, https://CORE_HOST:INTERNAL_PORT")
    String coreUrl;

    @Option(names = "--core-pin", paramLabel = "PIN",
            description = "app-server: the core's certificate pin (sha256/...)")
    String corePin;

    DmzCore core(String host) {
        if (appServerPins.isEmpty()) {
            throw new UsageError("--role core needs --app-server-pin sha256/... : each App Server's client pin "
                    + "(print it with --role app-server --data APP_SERVER_DATA --print-pin)");
        }
        if (publicUrl == null) {
            throw new UsageError("--role core needs --public-url https://HOST:PORT : where phones reach "
                    + "the App Server (pairing codes carry it)");
        }
        if (publicPin == null) {
            throw new UsageError("--role core needs --public-pin sha256/... : the App Server's phone pin, which "
                    + "pairing codes carry (print it with --role app-server --data APP_SERVER_DATA --print-pin)");
        }
        List<KeyPin> pins = appServerPins.stream().map(text -> pin("--app-server-pin", text)).toList();
        String internal = internalHost == null ? null : address("--internal-host", internalHost);
        return new DmzCore(internal, internalPort, pins, httpsUrl("--public-url", publicUrl),
                pin("--public-pin", publicPin));
    }

    AppServerConfig appServer(Path data, String host, int port) {
        if (coreUrl == null) {
            throw new UsageError("--role app-server needs --core-url https://CORE_HOST:INTERNAL_PORT : the core's "
                    + "internal port (its READY line prints it as internal=...)");
        }
        if (corePin == null) {
            throw new UsageError("--role app-server needs --core-pin sha256/... : the core's certificate pin (its "
                    + "READY line prints it as pin=...)");
        }
        return new AppServerConfig(data, host, port, httpsUrl("--core-url", coreUrl), pin("--core-pin", corePin));
    }

    /** The pins of an App Server's folder, each labelled with the flag of the core that takes it. */
    static List<String> appServerPinLines(AppServerKeys keys) {
        return List.of("client pin (give to the core's --app-server-pin): " + keys.clientPin(),
                "phone pin (give to the core's --public-pin; phones pin it): " + keys.phonePin());
    }

    static KeyPin pin(String flag, String text) {
        try {
            return KeyPin.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageError(flag + ": " + e.getMessage());
        }
    }

    /** An address this machine can listen on: one of its own, a loopback one, or every interface. */
    static String address(String flag, String text) {
        String host = text.strip();
        try {
            InetAddress address = InetAddress.getByName(host);
            if (!host.isEmpty() && (address.isAnyLocalAddress() || address.isLoopbackAddress()
                    || NetworkInterface.getByInetAddress(address) != null)) {
                return host;
            }
        } catch (UnknownHostException | SocketException e) {
            // answered below
        }
        throw new UsageError(flag + " must be an address of this machine such as 127.0.0.1 or 0.0.0.0, not '"
                + text + "'");
    }

    static URI httpsUrl(String flag, String text) {
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
}
