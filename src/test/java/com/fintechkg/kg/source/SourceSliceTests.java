package com.fintechkg.kg.source;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.entity.EntityQueries;
import com.fintechkg.kg.support.ApiObjects;
import com.fintechkg.kg.support.ControllerSliceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.mockito.BDDMockito.given;

/**
 * Sources at the controller layer: {@code sources} as the catalog holds them, and the {@code source} of a citation
 * resolved from the catalog by id.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@ControllerSliceTest(SourceController.class)
class SourceSliceTests {

	@Autowired
	GraphQlTester graphQlTester;

	@MockitoBean
	SourceCatalog catalog;

	@MockitoBean
	EntityQueries entities;

	private static final Source WHITEPAPER = new Source(ApiObjects.SOURCE, "中国金融科技生态白皮书（2023年）",
			"China FinTech Ecosystem Whitepaper (2023)", "CAICT", "2023-12", "zh");

	@Test
	void shouldListTheSourcesOfTheCatalog() {
		given(this.catalog.all()).willReturn(List.of(WHITEPAPER));
		this.graphQlTester.documentName("sources").execute()
			.path("sources").matchesJson("""
					[{"id": "caict-fintech-2023", "title": "中国金融科技生态白皮书（2023年）",
					  "titleEn": "China FinTech Ecosystem Whitepaper (2023)", "publisher": "CAICT", "date": "2023-12",
					  "language": "zh"}]
					""");
	}

	@Test
	void shouldResolveTheSourceOfACitationById() {
		Entity icbc = ApiObjects.entity("icbc", "Institution");
		given(this.entities.findById("icbc", null)).willReturn(Optional.of(icbc));
		given(this.catalog.find(ApiObjects.SOURCE)).willReturn(Optional.of(WHITEPAPER));
		this.graphQlTester.documentName("citedSources").variable("id", "icbc").execute()
			.path("entity").matchesJson("""
					{"citations": [{"section": "1.1", "source": {"id": "caict-fintech-2023",
					                "title": "中国金融科技生态白皮书（2023年）"}}]}
					""");
	}

}
