package cn.onedoor.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code onedoor.demo.enabled}: demo users with password "demo"; on by default, off in postgres. */
@ConfigurationProperties("onedoor.demo")
public record DemoProperties(boolean enabled) {}
