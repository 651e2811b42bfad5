package com.akeneokhaos.catalogue.mapping;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The operator's mapping from Akeneo to Khaos {@code StockItem} fields, read from a YAML file (by default
 * {@code jobs/catalogue-mapping.yml}). Loading is strict: a typo, an unknown field or an ownership the
 * field does not allow fails with a {@link MappingException} naming the file and the field, so a bad
 * mapping stops the application rather than publishing wrong data. Fields owned by Khaos ({@code never})
 * may be listed, to document where reconciliation finds them, but are never published. {@code Images} is not a field
 * here: its sources are the {@code images:} section, which only {@code asset-url-sync} sends.
 *
 * @param origin the file the mapping came from, named in every error message
 */
public record CatalogueMapping(String origin, MappingDefaults defaults, List<FieldMapping> fields,
		ImageMapping images) {

	/** A mapping without an {@code images:} section. */
	public CatalogueMapping(String origin, MappingDefaults defaults, List<FieldMapping> fields) {
		this(origin, defaults, fields, ImageMapping.NONE);
	}

	public CatalogueMapping {
		fields = List.copyOf(fields);
		if (fields.stream().map(FieldMapping::path).distinct().count() != fields.size()) {
			throw new IllegalArgumentException("A Khaos field is mapped more than once");
		}
	}

	/** Reads and checks the mapping file; the path as given is the origin named in error messages. */
	public static CatalogueMapping load(Path file) {
		try {
			return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
		}
		catch (NoSuchFileException ex) {
			throw new MappingException(file + ": mapping file not found (working directory "
					+ Path.of("").toAbsolutePath() + "); set sync.mapping-file to its location");
		}
		catch (IOException ex) {
			throw new MappingException(file + ": cannot read the mapping file: " + ex.getMessage());
		}
	}

	/** Reads and checks mapping text; {@code origin} names it in error messages. */
	public static CatalogueMapping parse(String yaml, String origin) {
		return new MappingReader(origin).read(yaml);
	}

	public Optional<FieldMapping> field(String path) {
		return fields.stream().filter(f -> f.path().equals(path)).findFirst();
	}

	/** The fields the mapper writes: everything but the {@code never} ones. */
	public List<FieldMapping> published() {
		return fields.stream().filter(FieldMapping::published).toList();
	}

}
