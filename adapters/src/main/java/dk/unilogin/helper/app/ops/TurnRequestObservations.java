package dk.unilogin.helper.app.ops;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationPredicate;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * No {@code http.server.requests} observation for the requests that carry turns (the web chat
 * API and Direct Line): the turn meters ({@code bot.turns}, {@code bot.turn.latency}) already
 * count and time every turn by channel and outcome, and the generic observation cost a few per
 * cent of a turn's processor time and a tenth of its allocation under load. Every other request
 * (pages, the admin area, the actuator) is observed as before.
 */
final class TurnRequestObservations implements ObservationPredicate {
    private static final String[] TURN_PATHS = {"/api/conversations", "/v3/directline/"};

    @Override
    public boolean test(String name, Observation.Context context) {
        if (context instanceof ServerRequestObservationContext request) {
            String path = request.getCarrier().getRequestURI();
            for (String turnPath : TURN_PATHS) {
                if (path != null && path.startsWith(turnPath)) {
                    return false;
                }
            }
        }
        return true;
    }
}
