package nl.workinnl.assistant.knowledge;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param reloadToken       the bearer token {@code POST /api/v1/admin/reload} needs; empty switches the endpoint off
 * @param reloadQuietPeriod how long the watched data directories must be quiet before a change is loaded
 */
@ConfigurationProperties("assistant")
record ReloadProperties(@DefaultValue("") String reloadToken, @DefaultValue("1s") Duration reloadQuietPeriod) {}
