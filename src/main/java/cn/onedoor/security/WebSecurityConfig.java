package cn.onedoor.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Who may call what over HTTP. The webapps (Tasklist, Cockpit, Admin) guard themselves with their
 * own login and CSRF filter; the engine REST API uses Camunda's HTTP Basic filter; our own API and
 * Actuator use Spring Security, backed by the same Camunda users and groups. Engine authorization
 * checks then decide what each user sees in the engine.
 */
@Configuration
class WebSecurityConfig {

  static final String SUPERVISOR = Role.SUPERVISOR.groupId();
  static final String ADMIN = Role.ADMIN.groupId();
  static final String CLERK = Role.INTAKE_CLERK.groupId();
  static final String INTEGRATION = Role.INTEGRATION.groupId();

  /** {@code /engine-rest/*}: HTTP Basic against the identity service, what Camunda Modeler uses. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-engine-rest-auth");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }

  /** Our own API: HTTP Basic for programs, the webapp login session for our pages. */
  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(rules -> rules
            .requestMatchers(HttpMethod.GET, "/api/me").authenticated()
            // the court and the arbitration commission sign their callbacks (HMAC, see CallbackController)
            .requestMatchers(HttpMethod.POST, "/api/callbacks/**").permitAll()
            // the built-in simulator's controls (demo profile): administrators and supervisors
            .requestMatchers("/api/simulator/**").hasAnyRole(ADMIN, SUPERVISOR)
            .requestMatchers(HttpMethod.POST, "/api/cases", "/api/cases/*/messages/*").hasAnyRole(ADMIN, CLERK, INTEGRATION)
            // intake's receipt of a case just registered and its look-up of earlier parties: intake clerks and administrators
            .requestMatchers("/api/intake/**", "/api/parties/**").hasAnyRole(ADMIN, CLERK)
            // the deployed models (export, drift) and the migration of running cases: administrators only
            .requestMatchers("/api/models/**", "/api/migration/**").hasRole(ADMIN)
            // a centre's earlier register (imports): administrators only
            .requestMatchers("/api/imports/**").hasRole(ADMIN)
            .requestMatchers("/api/system/**", "/api/deadlines", "/api/cases/closed", "/api/inbound-messages").hasAnyRole(ADMIN, SUPERVISOR)
            .requestMatchers("/api/reports/**").hasAnyRole(ADMIN, SUPERVISOR)
            // one case's data (/api/cases/{caseNumber}/timeline, agreement.pdf): decided per case by register.CaseAccess
            .requestMatchers("/api/calendar/**").authenticated()
            .anyRequest().authenticated())
        .addFilterBefore(new WebappSessionAuthenticationFilter(), BasicAuthenticationFilter.class)
        .httpBasic(basic -> basic.authenticationEntryPoint(ApiErrorResponses.unauthorized()))
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint(ApiErrorResponses.unauthorized())
            .accessDeniedHandler(ApiErrorResponses.forbidden()))
        // never touch the webapps' HTTP session: no new session, and no new session id (Spring's
        // session-fixation guard would rotate it and log the user out of Tasklist and Cockpit)
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
            .sessionFixation(fixation -> fixation.none()))
        // browser calls prove themselves with the webapps' CSRF token (see WebappSessionAuthenticationFilter);
        // Basic-authenticated programs carry no cookie to forge
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable());
    return http.build();
  }

  /**
   * The supervisor dashboard's static files ({@code /dashboard/}) and the case search page
   * ({@code /cases/}, linked from Tasklist): open like the webapps' own
   * scripts, since they hold no data (that comes from {@code /api/reports/**} after the login), but
   * with a strict content security policy: our scripts and ECharts from this server only.
   */
  @Bean
  @Order(3)
  SecurityFilterChain dashboardPageSecurity(HttpSecurity http) throws Exception {
    http.securityMatcher("/dashboard", "/dashboard/**", "/cases", "/cases/**")
        .authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(DASHBOARD_CONTENT_SECURITY_POLICY))
            .frameOptions(frame -> frame.deny()))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
            .sessionFixation(fixation -> fixation.none()))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable());
    return http.build();
  }

  /** ECharts sets element styles (hence 'unsafe-inline' for styles only); no script but our files and the webjar's. */
  static final String DASHBOARD_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
      + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
      + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  /** Actuator: health is anonymous (probes); metrics and the rest need an administrator or supervisor. */
  @Bean
  @Order(2)
  SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
    http.securityMatcher(EndpointRequest.toAnyEndpoint())
        .authorizeHttpRequests(rules -> rules
            .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
            .anyRequest().hasAnyRole(ADMIN, SUPERVISOR))
        .httpBasic(basic -> basic.authenticationEntryPoint(ApiErrorResponses.unauthorized()))
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint(ApiErrorResponses.unauthorized())
            .accessDeniedHandler(ApiErrorResponses.forbidden()))
        // never touch the webapps' HTTP session: no new session, and no new session id (Spring's
        // session-fixation guard would rotate it and log the user out of Tasklist and Cockpit)
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
            .sessionFixation(fixation -> fixation.none()))
        .csrf(csrf -> csrf.disable());
    return http.build();
  }
}
