package nl.workinnl.assistant.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * CORS for the widget on other sites (only configured origins; the service's own pages need none),
 * security headers on every response, a body limit and a per-client rate limit on the API.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final WebProperties properties;

    WebConfiguration(WebProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/api/**")
                .allowedOriginPatterns(properties.allowedOrigins().toArray(String[]::new))
                .allowedMethods("GET", "POST")
                .allowedHeaders("Content-Type")
                .exposedHeaders("Retry-After")
                .allowCredentials(false)
                .maxAge(3600);
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
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return bean;
    }

    @Bean
    FilterRegistrationBean<AskRateLimitFilter> askRateLimit() {
        FilterRegistrationBean<AskRateLimitFilter> bean = new FilterRegistrationBean<>(new AskRateLimitFilter(properties.askPerMinute()));
        bean.addUrlPatterns("/api/v1/ask");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
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
