package dk.unilogin.helper.app.directline;

import dk.unilogin.helper.app.web.api.ApiProblem;

/** Reads the watermark a client echoes back: empty or "-" means from the start. */
final class Watermarks {

    private Watermarks() {
    }

    static long parse(String watermark) {
        if (watermark == null || watermark.isBlank() || "-".equals(watermark.strip())) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(watermark.strip()));
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("invalid-watermark",
                    "'watermark' must be the value of 'watermark' from an earlier answer.");
        }
    }
}
