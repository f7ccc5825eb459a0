package com.roamvault.server.audit;

import com.roamvault.protocol.Paths;
import com.roamvault.server.http.Role;
import com.roamvault.server.http.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The audit history for security administrators: filtered pages, CSV export, chain verification. */
public final class AuditRoutes implements Routes {
    private static final Logger LOG = LoggerFactory.getLogger(AuditRoutes.class);
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final AuditService audit;
    private final Clock clock;

    public AuditRoutes(AuditService audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(Paths.ADMIN_AUDIT, this::page, Role.SECURITY_ADMIN);
        routes.get(Paths.ADMIN_AUDIT_EXPORT, this::exportCsv, Role.SECURITY_ADMIN);
        routes.get(Paths.ADMIN_AUDIT_VERIFY, this::verify, Role.SECURITY_ADMIN);
    }

    private void page(Context http) {
        AuditFilter filter = AuditFilter.parse(http::queryParam);
        http.json(audit.page(filter));
    }

    private void exportCsv(Context http) {
        AuditFilter filter = AuditFilter.parse(http::queryParam); // a bad filter answers JSON before any CSV
        http.contentType("text/csv; charset=utf-8");
        http.header("Content-Disposition", "attachment; filename=\"roamvault-audit-"
                + FILE_STAMP.format(clock.instant()) + ".csv\"");
        Writer out = new OutputStreamWriter(http.outputStream(), StandardCharsets.UTF_8);
        try {
            audit.export(filter, out);
            out.flush();
        } catch (RuntimeException | IOException e) {
            // Rows may already be on their way under a 200: an error body can no longer replace them,
            // and a cleanly ended response would pass a truncated export off as complete. Aborting the
            // connection makes the download fail visibly instead.
            if (e instanceof IOException) {
                LOG.info("Audit export stopped, the client went away: {}", e.toString());
            } else {
                LOG.warn("Audit export aborted after a failure", e);
            }
            ServletContextRequest.getServletContextRequest(http.req()).getServletChannel().abort(e);
        }
    }

    private void verify(Context http) {
        http.json(audit.verify());
    }
}
