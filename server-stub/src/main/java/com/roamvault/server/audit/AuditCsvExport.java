package com.roamvault.server.audit;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.roamvault.protocol.audit.AuditEvent;
import com.roamvault.protocol.audit.AuditPage;
import com.roamvault.server.store.Database;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes every event matching a filter as CSV, newest first, fetching keyset chunks and writing
 * each as it arrives: memory stays bounded by one chunk however large the log. Each chunk is its
 * own short read, so a slow download never holds a database connection.
 */
public final class AuditCsvExport {
    public static final int CHUNK = 1000;
    /** The CSV columns, in order; the names are AuditEvent's JSON field names. New ones go last. */
    public static final List<String> COLUMNS = List.of("seq", "id", "occurredAt", "receivedAt", "username",
            "deviceId", "platform", "action", "result", "recordId", "listId", "title", "origin", "clientIp",
            "detail", "hash", "subjectUsername");

    private final Database db;
    private final AuditHistory history;
    private final ObjectWriter csv;

    public AuditCsvExport(Database db, AuditHistory history) {
        this.db = db;
        this.history = history;
        CsvMapper mapper = CsvMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET) // the caller owns the response stream
                .build();
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        this.csv = mapper.writer(schema.build());
    }

    /** Writes the header and all matching events; the filter's {@code limit} is ignored, {@code before} honoured. */
    public long write(AuditFilter filter, Writer out) throws IOException {
        long written = 0;
        AuditFilter chunk = filter.withLimit(CHUNK);
        try (SequenceWriter rows = csv.writeValues(out)) {
            while (true) {
                AuditFilter current = chunk;
                AuditPage page = db.read(sql -> history.page(sql, current));
                for (AuditEvent e : page.events()) {
                    rows.write(spreadsheetSafe(e));
                }
                written += page.events().size();
                rows.flush();
                if (page.next() == null) {
                    return written;
                }
                chunk = chunk.withBefore(page.next());
            }
        }
    }

    /**
     * Text a phone or an admin typed (titles, details, names) must not run as a formula when the
     * export is opened in a spreadsheet (OWASP "CSV injection"): such a cell gets a leading quote.
     * The hash chain is unaffected: it covers the stored event, and the JSON API shows it verbatim.
     */
    static AuditEvent spreadsheetSafe(AuditEvent e) {
        return new AuditEvent(e.seq(), e.id(), e.occurredAt(), e.receivedAt(), cell(e.username()),
                cell(e.deviceId()), cell(e.platform()), e.action(), e.result(), e.recordId(), e.listId(),
                cell(e.title()), e.origin(), e.clientIp(), cell(e.detail()), e.hash(), cell(e.subjectUsername()));
    }

    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
