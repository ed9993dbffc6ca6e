package dk.unilogin.helper.app.directline;

import java.util.List;

/**
 * Activities after a watermark and the watermark to ask from next time. Direct Line's
 * watermark is a string the client echoes verbatim; here it is the sequence number of the
 * last activity given out.
 */
public record ActivitySet(List<DirectLineActivity> activities, String watermark) {
    public ActivitySet {
        activities = List.copyOf(activities);
    }
}
