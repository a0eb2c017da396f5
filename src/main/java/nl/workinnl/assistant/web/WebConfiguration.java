package nl.workinnl.assistant.web;

import java.util.List;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.MimeMappings;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * CORS for the widget on other sites (only configured origins; the service's own pages need none),
 * security headers on every response, a body limit and a per-client rate limit on the API.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    private final WebProperties properties;

    WebConfiguration(WebProperties properties) {
        this.properties = properties;
    }

    /**
     * CORS as a filter ahead of the body and rate limits rather than in Spring MVC, so that their
     * 413 and 429 reach the widget on another site too, with a Retry-After it may read.
     */
    @Bean
    FilterRegistrationBean<CorsFilter> cors() {
        CorsConfiguration api = new CorsConfiguration();
        api.setAllowedOriginPatterns(properties.allowedOrigins());
        api.setAllowedMethods(List.of("GET", "POST"));
        api.setAllowedHeaders(List.of("Content-Type"));
        api.setExposedHeaders(List.of("Retry-After"));
        api.setAllowCredentials(false);
        api.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", api);
        FilterRegistrationBean<CorsFilter> bean = new FilterRegistrationBean<>(new CorsFilter(source));
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return bean;
    }

    @Bean
    StrictJsonInput strictJsonInput() {
        return new StrictJsonInput();
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> securityHeadersOnTomcatsOwnPages() {
        return factory -> factory.addEngineValves(new SecurityHeadersValve());
    }

    /** Neither Tomcat nor Spring knows .yaml, and openapi.yaml went out as application/octet-stream. */
    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> yamlMimeType() {
        MimeMappings yaml = new MimeMappings();
        yaml.add("yaml", "application/yaml;charset=UTF-8");
        return factory -> factory.addMimeMappings(yaml);
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        FilterRegistrationBean<SecurityHeadersFilter> bean = new FilterRegistrationBean<>(new SecurityHeadersFilter());
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return bean;
    }

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimit() {
        FilterRegistrationBean<BodyLimitFilter> bean = new FilterRegistrationBean<>(new BodyLimitFilter(properties.maxBody(), properties.bodyTimeout()));
        bean.addUrlPatterns("/api/*");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return bean;
    }

    @Bean
    FilterRegistrationBean<AskRateLimitFilter> askRateLimit() {
        FilterRegistrationBean<AskRateLimitFilter> bean = new FilterRegistrationBean<>(new AskRateLimitFilter(properties.askPerMinute()));
        bean.addUrlPatterns("/api/v1/ask");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return bean;
    }

    /** Each vote needs an answer's token; this keeps one client from asking and voting in bulk. */
    @Bean
    FilterRegistrationBean<AskRateLimitFilter> feedbackRateLimit() {
        FilterRegistrationBean<AskRateLimitFilter> bean = new FilterRegistrationBean<>(
                new AskRateLimitFilter(properties.feedbackPerMinute(), "votes"));
        bean.addUrlPatterns("/api/v1/feedback");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return bean;
    }
}
