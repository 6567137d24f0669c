package dev.folio.render.html.internal;

import java.io.Writer;
import java.util.Arrays;

/**
 * A page's HTML as UTF-8 bytes, encoded as the template writes it. Pages used to be built as a String,
 * copied out of their builder and encoded into a third array: for a whole site that was a quarter of all
 * the memory a build allocated. One of these is reused page after page (see {@link SiteWriter}), so a
 * page costs no buffer of its own. The bytes are those {@code String.getBytes(UTF_8)} gives: a lone
 * surrogate becomes {@code ?}. Not thread-safe.
 */
final class Utf8Output extends Writer {
    private byte[] bytes = new byte[128 * 1024];
    private int length;
    /** The first half of a surrogate pair whose second half has not been written yet, else 0. */
    private char highSurrogate;

    /** Room for a part built as text before it is written here (see {@link #scratch}), and for the chars of a write. */
    private final StringBuilder scratch = new StringBuilder(32 * 1024);
    private char[] chars = new char[32 * 1024];

    /** Empties this output for the next page. */
    Utf8Output reset() {
        length = 0;
        highSurrogate = 0;
        return this;
    }

    /** The bytes written so far: {@code bytes()[0 .. length())}. The array is this output's own. */
    byte[] bytes() {
        finishPair();
        return bytes;
    }

    int length() {
        finishPair();
        return length;
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public void write(String text, int offset, int count) {
        // One bulk copy into chars, then the array loop: cheaper than reading the String char by char.
        text.getChars(offset, offset + count, chars(count), 0);
        write(chars, 0, count);
    }

    /**
     * An empty builder for a part of the page built as text first, then {@linkplain #write(StringBuilder)
     * written}: one per output, so such a part costs no buffer of its own either. Emptied at each call.
     */
    StringBuilder scratch() {
        scratch.setLength(0);
        return scratch;
    }

    /**
     * Writes the chars of {@code text} without making a String of them first: copied into the char array
     * this output keeps, as Strings are (reading a builder char by char is an interface call each).
     */
    void write(StringBuilder text) {
        int count = text.length();
        text.getChars(0, count, chars(count), 0);
        write(chars, 0, count);
    }

    /** This output's char array, with room for {@code count} chars. */
    private char[] chars(int count) {
        if (chars.length < count) {
            chars = new char[Math.max(count, 2 * chars.length)];
        }
        return chars;
    }

    @Override
    public void write(char[] text, int offset, int count) {
        reserve(count);
        int end = offset + count;
        int i = offset;
        while (i < end) {
            if (highSurrogate == 0) {
                byte[] out = bytes;
                int at = length;
                while (i < end) {
                    char c = text[i];
                    if (c >= 0x80) {
                        break;
                    }
                    out[at++] = (byte) c;
                    i++;
                }
                length = at;
                if (i == end) {
                    return;
                }
            }
            encode(text[i++]);
        }
    }

    @Override
    public void write(int c) {
        reserve(1);
        encode((char) c);
    }

    @Override
    public Writer append(CharSequence text) {
        String string = String.valueOf(text);
        write(string, 0, string.length());
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** Room for {@code chars} more chars at 3 bytes each, the most one UTF-16 unit takes (a pair takes 4). */
    private void reserve(int chars) {
        long needed = length + 3L * chars + 3;
        if (needed > bytes.length) {
            if (needed > Integer.MAX_VALUE - 8) {
                throw new OutOfMemoryError("a page over 2 GB");
            }
            bytes = Arrays.copyOf(bytes, (int) Math.max(needed, Math.min(Integer.MAX_VALUE - 8L, 2L * bytes.length)));
        }
    }

    private void encode(char c) {
        if (highSurrogate != 0) {
            char high = highSurrogate;
            highSurrogate = 0;
            if (Character.isLowSurrogate(c)) {
                int code = Character.toCodePoint(high, c);
                byte[] out = bytes;
                out[length++] = (byte) (0xF0 | code >> 18);
                out[length++] = (byte) (0x80 | code >> 12 & 0x3F);
                out[length++] = (byte) (0x80 | code >> 6 & 0x3F);
                out[length++] = (byte) (0x80 | code & 0x3F);
                return;
            }
            bytes[length++] = '?';
        }
        byte[] out = bytes;
        if (c < 0x80) {
            out[length++] = (byte) c;
        } else if (c < 0x800) {
            out[length++] = (byte) (0xC0 | c >> 6);
            out[length++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            highSurrogate = c;
        } else if (Character.isLowSurrogate(c)) {
            out[length++] = '?';
        } else {
            out[length++] = (byte) (0xE0 | c >> 12);
            out[length++] = (byte) (0x80 | c >> 6 & 0x3F);
            out[length++] = (byte) (0x80 | c & 0x3F);
        }
    }

    /** A high surrogate left at the end of the page has no pair: {@code ?}, as String.getBytes writes it. */
    private void finishPair() {
        if (highSurrogate != 0) {
            highSurrogate = 0;
            reserve(1);
            bytes[length++] = '?';
        }
    }
}
