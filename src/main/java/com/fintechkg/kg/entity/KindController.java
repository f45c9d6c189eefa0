package com.fintechkg.kg.entity;

import java.util.List;

import com.fintechkg.kg.vocabulary.Kind;
import com.fintechkg.kg.vocabulary.Vocabulary;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The kinds of the vocabulary, for clients that draw or filter by kind (the explorer builds its legend from it). */
@Controller
class KindController {

	private final List<KindInfo> kinds;

	KindController(Vocabulary vocabulary) {
		this.kinds = vocabulary.kinds()
			.stream()
			.map((kind) -> new KindInfo(kind.kind(), kind.kind().name(), kind.zh(), kind.plural(), kind.description(),
					kind.style().color(), kind.style().shape()))
			.toList();
	}

	@QueryMapping
	List<KindInfo> kinds() {
		return this.kinds;
	}

	/** GraphQL's {@code KindInfo}. */
	record KindInfo(Kind kind, String typeName, String nameZh, String plural, String description, String color,
			String shape) {
	}

}
