package com.fintechkg.kg.entity;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * An indicator's figure. Every indicator has one (the seed validator requires value, unit and period), which
 * these mappings state to the schema: the fields are non-null on {@code Indicator}.
 */
@Controller
class IndicatorController {

	@SchemaMapping(typeName = "Indicator")
	double value(Entity indicator) {
		return (indicator.value() != null) ? indicator.value() : Double.NaN;
	}

	@SchemaMapping(typeName = "Indicator")
	String unit(Entity indicator) {
		return (indicator.unit() != null) ? indicator.unit() : "";
	}

	@SchemaMapping(typeName = "Indicator")
	String period(Entity indicator) {
		return (indicator.period() != null) ? indicator.period() : "";
	}

}
