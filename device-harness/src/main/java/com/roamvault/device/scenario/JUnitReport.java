package com.roamvault.device.scenario;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes results as JUnit XML: one {@code <testsuite>} per file, one {@code <testcase>} per scenario. */
public final class JUnitReport {
    private JUnitReport() {
    }

    public static void write(List<ScenarioResult> results, Path target) throws IOException {
        Map<String, List<ScenarioResult>> byFile = new LinkedHashMap<>();
        results.forEach(r -> byFile.computeIfAbsent(r.file(), f -> new java.util.ArrayList<>()).add(r));
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("testsuites");
            for (Map.Entry<String, List<ScenarioResult>> file : byFile.entrySet()) {
                suite(xml, file.getKey(), file.getValue());
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    private static void suite(XMLStreamWriter xml, String file, List<ScenarioResult> results) throws XMLStreamException {
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", file);
        xml.writeAttribute("tests", Integer.toString(results.size()));
        xml.writeAttribute("failures", Long.toString(results.stream().filter(r -> !r.passed()).count()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("time", seconds(results.stream().mapToLong(r -> r.took().toMillis()).sum()));
        for (ScenarioResult r : results) {
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", file);
            xml.writeAttribute("name", r.name());
            xml.writeAttribute("time", seconds(r.took().toMillis()));
            if (!r.passed()) {
                xml.writeStartElement("failure");
                xml.writeAttribute("message", r.failure());
                xml.writeCharacters(steps(r));
                xml.writeEndElement();
            }
            xml.writeStartElement("system-out");
            xml.writeCharacters(steps(r));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static String steps(ScenarioResult r) {
        StringBuilder sb = new StringBuilder();
        for (ScenarioResult.StepOutcome s : r.steps()) {
            sb.append(s.ok() ? "ok   " : "FAIL ").append(s.number()).append(' ').append(s.description());
            if (s.note() != null) {
                sb.append(" — ").append(s.note());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
