package org.activemm.series;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail body's {@code Content-Transfer-Encoding} undone, as git mailinfo
 * does before git am applies the diff: lore and many mailers send patches
 * quoted-printable ({@code =3D}, {@code --=20}, soft line breaks) or base64.
 * The decoded bytes are read in the {@code Content-Type} charset, UTF-8 when
 * it names none.
 */
final class TransferEncoding {
    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([^\";\\s]+)");

    private TransferEncoding() {
    }

    /** The body's lines decoded; the lines as they are for 7bit, 8bit, binary or an encoding not known. */
    static List<String> decode(String encoding, String contentType, List<String> body) {
        String kind = encoding == null ? "" : encoding.strip().toLowerCase(Locale.ROOT);
        byte[] bytes;
        if (kind.equals("quoted-printable")) {
            bytes = quotedPrintable(body);
        } else if (kind.equals("base64")) {
            try {
                bytes = Base64.getMimeDecoder().decode(String.join("", body));
            } catch (IllegalArgumentException e) {
                return body; // not base64 after all: AMC001 reports what is left
            }
        } else {
            return body;
        }
        List<String> out = new ArrayList<>(List.of(new String(bytes, charset(contentType)).split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static byte[] quotedPrintable(List<String> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String raw : body) {
            String line = MailParser.stripCr(raw);
            boolean soft = line.endsWith("=");
            int end = soft ? line.length() - 1 : line.length();
            for (int i = 0; i < end; i++) {
                char c = line.charAt(i);
                int hex = c == '=' && i + 2 < end ? hex(line, i + 1) : -1;
                if (hex >= 0) {
                    out.write(hex);
                    i += 2;
                } else {
                    out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!soft) {
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    private static int hex(String line, int at) {
        int high = Character.digit(line.charAt(at), 16);
        int low = Character.digit(line.charAt(at + 1), 16);
        return high < 0 || low < 0 ? -1 : high * 16 + low;
    }

    private static Charset charset(String contentType) {
        Matcher m = contentType == null ? null : CHARSET.matcher(contentType);
        if (m != null && m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8; // an unknown charset: read it as the kernel's own
            }
        }
        return StandardCharsets.UTF_8;
    }
}
