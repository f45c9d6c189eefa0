package com.fintechkg.kg.browser;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The Neo4j Browser app's static files, straight from its jar's {@code browser/} folder, and FinTech KG's own
 * additions under {@code /browser/fintech-kg/}: the preset script, the graph style and the guide's queries.
 */
@Configuration(proxyBeanMethods = false)
class BrowserResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/browser/fintech-kg/**")
			.addResourceLocations("classpath:/browser-guide/")
			.setCacheControl(CacheControl.noCache());
		registry.addResourceHandler("/browser/**")
			.addResourceLocations("classpath:/browser/")
			.setCacheControl(CacheControl.noCache());
	}

}
