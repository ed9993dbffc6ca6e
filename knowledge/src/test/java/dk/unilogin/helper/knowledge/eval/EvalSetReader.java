package dk.unilogin.helper.knowledge.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the one-object-a-line question sets; a tiny JSON reader for their flat shape. */
public final class EvalSetReader {

    public static List<EvalQuestion> readResource(String resource) {
        try (InputStream in = EvalSetReader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<EvalQuestion> read(String text) {
        List<EvalQuestion> questions = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            Map<String, Object> object = new Parser(line, i + 1).object();
            @SuppressWarnings("unchecked")
            List<String> expect = (List<String>) object.get("expect");
            questions.add(new EvalQuestion((String) object.get("q"), expect, (String) object.get("kind"), i + 1));
        }
        return questions;
    }

    private static final class Parser {
        private final String s;
        private final int line;
        private int pos;

        Parser(String s, int line) {
            this.s = s;
            this.line = line;
        }

        Map<String, Object> object() {
            Map<String, Object> map = new HashMap<>();
            expect('{');
            do {
                skip();
                String key = string();
                expect(':');
                skip();
                map.put(key, s.charAt(pos) == '[' ? array() : string());
                skip();
            } while (s.charAt(pos++) == ',');
            return map;
        }

        List<String> array() {
            List<String> list = new ArrayList<>();
            expect('[');
            skip();
            if (s.charAt(pos) == ']') {
                pos++;
                return list;
            }
            do {
                skip();
                list.add(string());
                skip();
            } while (s.charAt(pos++) == ',');
            return list;
        }

        String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (s.charAt(pos) != '"') {
                char c = s.charAt(pos++);
                if (c == '\\') {
                    char e = s.charAt(pos++);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                            pos += 4;
                        }
                        default -> out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
            pos++;
            return out.toString();
        }

        void expect(char c) {
            skip();
            if (pos >= s.length() || s.charAt(pos) != c) {
                throw new IllegalArgumentException("line " + line + ": expected '" + c + "' at " + pos);
            }
            pos++;
        }

        void skip() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }
    }
}
