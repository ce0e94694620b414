package org.entente.app;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.entente.core.Actor;
import org.entente.core.Tie;

/**
 * Writes a dynamic GEXF 1.3 graph for Gephi: actors and ties with their static attributes, and for
 * each tie one spell per month it was active, with the month's signed weight as a dynamic
 * attribute. Gephi's timeline then plays the network month by month. The GEXF weight is the tie's
 * absolute weight (Gephi's layouts expect it positive); its sign is an attribute.
 */
final class Gexf {
    static final String NAMESPACE = "http://gexf.net/1.3";

    private final Writer out;

    Gexf(Writer out) {
        this.out = out;
    }

    void write(
            Map<String, Actor> actors,
            Map<String, Integer> activity,
            List<Tie> ties,
            Map<List<String>, Map<YearMonth, Tie>> monthly)
            throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("gexf");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("version", "1.3");
            xml.writeStartElement("meta");
            xml.writeAttribute(
                    "lastmodifieddate", LocalDate.now(java.time.ZoneOffset.UTC).toString());
            element(xml, "creator", "Entente");
            element(xml, "description", "Signed network of actors; sign and weight per tie, month by month");
            xml.writeEndElement();
            xml.writeStartElement("graph");
            xml.writeAttribute("defaultedgetype", "undirected");
            xml.writeAttribute("mode", monthly.isEmpty() ? "static" : "dynamic");
            if (!monthly.isEmpty()) {
                xml.writeAttribute("timeformat", "date");
                xml.writeAttribute("timerepresentation", "interval");
            }
            attributes(xml, "node", "static", new String[][] {{"type", "string"}, {"assertions", "integer"}});
            attributes(xml, "edge", "static", new String[][] {
                {"sign", "integer"}, {"signedWeight", "double"}, {"count", "integer"}, {"evidence", "string"}
            });
            if (!monthly.isEmpty()) {
                attributes(xml, "edge", "dynamic", new String[][] {{"monthlyWeight", "double"}});
            }
            nodes(xml, actors, activity, monthly);
            edges(xml, ties, monthly);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static void nodes(
            XMLStreamWriter xml,
            Map<String, Actor> actors,
            Map<String, Integer> activity,
            Map<List<String>, Map<YearMonth, Tie>> monthly)
            throws XMLStreamException {
        xml.writeStartElement("nodes");
        for (Actor actor : actors.values()) {
            xml.writeStartElement("node");
            xml.writeAttribute("id", actor.id());
            xml.writeAttribute("label", actor.name());
            xml.writeStartElement("attvalues");
            attvalue(xml, "type", actor.type().label());
            attvalue(xml, "assertions", String.valueOf(activity.getOrDefault(actor.id(), 0)));
            xml.writeEndElement();
            TreeSet<YearMonth> months = new TreeSet<>();
            monthly.forEach((ends, byMonth) -> {
                if (ends.contains(actor.id())) {
                    months.addAll(byMonth.keySet());
                }
            });
            spells(xml, months);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void edges(XMLStreamWriter xml, List<Tie> ties, Map<List<String>, Map<YearMonth, Tie>> monthly)
            throws XMLStreamException {
        xml.writeStartElement("edges");
        for (Tie tie : ties) {
            Map<YearMonth, Tie> byMonth = monthly.getOrDefault(List.of(tie.first(), tie.second()), Map.of());
            xml.writeStartElement("edge");
            xml.writeAttribute("id", tie.first() + "--" + tie.second());
            xml.writeAttribute("source", tie.first());
            xml.writeAttribute("target", tie.second());
            xml.writeAttribute("weight", String.valueOf(Math.abs(Json.round(tie.weight()))));
            xml.writeStartElement("attvalues");
            attvalue(xml, "sign", String.valueOf(tie.sign().value()));
            attvalue(xml, "signedWeight", String.valueOf(Json.round(tie.weight())));
            attvalue(xml, "count", String.valueOf(tie.count()));
            attvalue(xml, "evidence", String.join(" ", tie.evidence()));
            for (Map.Entry<YearMonth, Tie> month : new java.util.TreeMap<>(byMonth).entrySet()) {
                xml.writeEmptyElement("attvalue");
                xml.writeAttribute("for", "monthlyWeight");
                xml.writeAttribute(
                        "value", String.valueOf(Json.round(month.getValue().weight())));
                xml.writeAttribute("start", month.getKey().atDay(1).toString());
                xml.writeAttribute("end", month.getKey().atEndOfMonth().toString());
            }
            xml.writeEndElement();
            spells(xml, new TreeSet<>(byMonth.keySet()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void attributes(XMLStreamWriter xml, String forClass, String mode, String[][] idsAndTypes)
            throws XMLStreamException {
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", forClass);
        xml.writeAttribute("mode", mode);
        for (String[] attribute : idsAndTypes) {
            xml.writeEmptyElement("attribute");
            xml.writeAttribute("id", attribute[0]);
            xml.writeAttribute("title", attribute[0]);
            xml.writeAttribute("type", attribute[1]);
        }
        xml.writeEndElement();
    }

    /** One spell per run of consecutive months. */
    private static void spells(XMLStreamWriter xml, TreeSet<YearMonth> months) throws XMLStreamException {
        if (months.isEmpty()) {
            return;
        }
        xml.writeStartElement("spells");
        YearMonth start = null;
        YearMonth previous = null;
        for (YearMonth month : months) {
            if (start == null) {
                start = month;
            } else if (!month.equals(previous.plusMonths(1))) {
                spell(xml, start, previous);
                start = month;
            }
            previous = month;
        }
        spell(xml, start, previous);
        xml.writeEndElement();
    }

    private static void spell(XMLStreamWriter xml, YearMonth start, YearMonth end) throws XMLStreamException {
        xml.writeEmptyElement("spell");
        xml.writeAttribute("start", start.atDay(1).toString());
        xml.writeAttribute("end", end.atEndOfMonth().toString());
    }

    private static void attvalue(XMLStreamWriter xml, String attribute, String value) throws XMLStreamException {
        xml.writeEmptyElement("attvalue");
        xml.writeAttribute("for", attribute);
        xml.writeAttribute("value", value);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
