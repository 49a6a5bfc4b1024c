package org.vigil.gateway.routing;

/** The services behind the gateway. */
public enum Upstream {
    EVENTS("events-service"),
    SOURCES("sources-service"),
    MODERATION("moderation-service");

    private final String serviceName;

    Upstream(String serviceName) {
        this.serviceName = serviceName;
    }

    public String serviceName() {
        return serviceName;
    }
}
