package org.activemm.series;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 2047 encoded words ({@code =?UTF-8?q?...?=}), which git format-patch
 * writes for a subject or name outside ASCII; whitespace between two encoded
 * words is dropped, as the RFC says.
 */
final class EncodedWords {
    private static final Pattern WORD = Pattern.compile("=\\?([^?]+)\\?([qQbB])\\?([^?]*)\\?=");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("(\\?=)\\s+(=\\?)");

    private EncodedWords() {
    }

    static String decode(String header) {
        if (!header.contains("=?")) {
            return header;
        }
        Matcher m = WORD.matcher(BETWEEN_WORDS.matcher(header).replaceAll("$1$2"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(word(m.group(1), m.group(2), m.group(3), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String word(String charsetName, String encoding, String text, String original) {
        try {
            Charset charset = Charset.forName(charsetName);
            byte[] bytes = encoding.equalsIgnoreCase("b") ? Base64.getDecoder().decode(text) : quoted(text);
            return new String(bytes, charset);
        } catch (IllegalArgumentException e) {
            return original; // unknown charset or bad encoding: keep the word as written
        }
    }

    private static byte[] quoted(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] in = text.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '_') {
                out.write(' ');
            } else if (in[i] == '=' && i + 2 < in.length) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(in[i]);
            }
        }
        return out.toByteArray();
    }
}
