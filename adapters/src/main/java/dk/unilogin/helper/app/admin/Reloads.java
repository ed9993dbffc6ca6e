package dk.unilogin.helper.app.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** All reload targets by name, with one log line per reload. */
@Component
class Reloads {

    private static final Logger log = LoggerFactory.getLogger(Reloads.class);

    private final Map<String, ReloadTarget> targets = new LinkedHashMap<>();

    Reloads(List<ReloadTarget> targets) {
        targets.forEach(t -> this.targets.put(t.name(), t));
    }

    ReloadResult reload(String name) {
        ReloadTarget target = targets.get(name);
        if (target == null) {
            throw new UnknownReloadTarget(name);
        }
        ReloadResult result = target.reload();
        if (result.ok()) {
            log.info("Reloaded {}: {}", name, result.summary());
        } else {
            log.warn("Reload of {} failed, previous set kept: {}", name, result.error());
        }
        return result;
    }

    List<ReloadResult> last() {
        return targets.values().stream().map(ReloadTarget::last).toList();
    }

    List<String> names() {
        return List.copyOf(targets.keySet());
    }
}
