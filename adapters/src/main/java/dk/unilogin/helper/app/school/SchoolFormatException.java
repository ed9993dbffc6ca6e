package dk.unilogin.helper.app.school;

/** A school profile file that cannot be loaded; names the file and the line (1-based) at fault. */
public final class SchoolFormatException extends RuntimeException {
    private final String file;
    private final int line;

    public SchoolFormatException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
