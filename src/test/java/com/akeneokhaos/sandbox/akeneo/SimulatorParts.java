package com.akeneokhaos.sandbox.akeneo;

/** The collaborating pieces of one {@link AkeneoSimulator}, handed to its request handler. */
record SimulatorParts(RequestStats stats, FaultInjector faults, TokenStore tokens, TokenEndpoint tokenEndpoint,
		ProductsEndpoint products, ProductPatchEndpoint productPatches, PatchLog patchLog, ProductModelsEndpoint models,
		ReferenceEndpoint reference, AssetEndpoint assets, MediaFilesEndpoint mediaFiles) {
}
