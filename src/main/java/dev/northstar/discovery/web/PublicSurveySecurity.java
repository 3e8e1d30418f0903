package dev.northstar.discovery.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The JSON door of a public survey link takes answers from scripts and other sites, which hold no
 * session and no CSRF token; it changes nothing an account owns, so it needs neither. The HTML
 * form at /public/surveys/{token} stays behind the page chain's CSRF protection.
 */
@Configuration
@ConditionalOnWebApplication
class PublicSurveySecurity {

    @Bean
    @Order(0)
    SecurityFilterChain publicSurveyAnswers(HttpSecurity http) throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults()
                        .matcher(HttpMethod.POST, "/public/surveys/*/responses"))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .build();
    }
}
