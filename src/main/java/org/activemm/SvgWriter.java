package org.activemm;

import java.io.StringWriter;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small SVG document built on the JDK's StAX writer, which does the XML
 * escaping; the charts only say which elements with which attributes.
 * Attributes come in name, value pairs.
 */
public final class SvgWriter {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private final StringWriter text = new StringWriter();
    private final XMLStreamWriter xml;

    /** An {@code <svg>} root of this size, with a title for screen readers. */
    public SvgWriter(int width, int height, String title) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartElement("svg");
            xml.writeDefaultNamespace(SVG_NS);
            attributes("width", width, "height", height, "viewBox", "0 0 " + width + " " + height,
                    "role", "img", "font-family", "sans-serif", "font-size", 12);
            text("title", title);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public SvgWriter start(String name, Object... attributes) {
        try {
            xml.writeStartElement(name);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return attributes(attributes);
    }

    public SvgWriter end() {
        try {
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    public SvgWriter empty(String name, Object... attributes) {
        return start(name, attributes).end();
    }

    /** An element holding only text, such as a label or a {@code <title>}. */
    public SvgWriter text(String name, String content, Object... attributes) {
        start(name, attributes);
        try {
            xml.writeCharacters(content);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return end();
    }

    /** The document, every element closed. */
    public String finish() {
        try {
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    /** A coordinate with at most one decimal, as SVG needs no more. */
    public static String number(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    private SvgWriter attributes(Object... pairs) {
        try {
            for (int i = 0; i < pairs.length; i += 2) {
                Object v = pairs[i + 1];
                xml.writeAttribute((String) pairs[i], v instanceof Double d ? number(d) : String.valueOf(v));
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }
}
