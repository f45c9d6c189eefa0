package com.fintechkg.kg.entity;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fintechkg.kg.stored.StoredEntity;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

/**
 * The stored properties a selection of entity fields needs, as a Cypher map projection, so a statement that
 * returns many entities sends only what the client asked for (a neighbourhood of 60 entities drawn by name need
 * not carry 60 descriptions and their citations). {@link Entity#from} reads the projection like a node; the
 * properties left out are read as empty, and no field that would read them was selected.
 *
 * <p>
 * The projection text is built only from the fixed property names of {@link StoredEntity} (always
 * {@link StoredEntity#ALWAYS_READ}, and {@link StoredEntity#READ_BY_FIELD} for each selected field), never from the
 * request.
 */
public final class EntityProjection {

	private final Set<String> properties;

	private EntityProjection(Set<String> properties) {
		this.properties = properties;
	}

	/**
	 * The properties the entity fields under {@code globs} need (selection-set globs such as {@code nodes/*});
	 * fields not read from the node (relations, typed relation fields) need only the id.
	 */
	public static EntityProjection of(DataFetchingFieldSelectionSet selection, String... globs) {
		return new EntityProjection(new LinkedHashSet<>(StoredEntity.ALWAYS_READ)).including(Arrays.stream(globs)
			.flatMap((glob) -> selection.getFields(glob).stream())
			.map(SelectedField::getName)
			.toArray(String[]::new));
	}

	/** This projection and the properties behind the entity fields {@code fields} too. */
	public EntityProjection including(String... fields) {
		Set<String> more = new LinkedHashSet<>(this.properties);
		for (String field : fields) {
			more.addAll(StoredEntity.READ_BY_FIELD.getOrDefault(field, List.of()));
		}
		return new EntityProjection(more);
	}

	/** The map projection of {@code variable}, e.g. {@code n {.id, .kind, .name, .nameZh}}. */
	public String cypher(String variable) {
		return this.properties.stream().map((property) -> "." + property)
			.collect(Collectors.joining(", ", variable + " {", "}"));
	}

}
