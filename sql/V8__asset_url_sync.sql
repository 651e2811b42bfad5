-- asset-url-sync (issue 13). sync_image_item: the images each product last got in Khaos (only asset-url-sync sends
-- Images), so an unchanged list is not sent again. sync_image_asset: which products show each asset, so a changed
-- asset re-evaluates exactly those products.
CREATE TABLE sync_image_item (
    akeneo_uuid         CHAR(36)      NOT NULL PRIMARY KEY,
    stock_id            VARCHAR(64)   NOT NULL,
    images_hash         CHAR(64)      NOT NULL,
    images              TEXT          NOT NULL COMMENT 'JSON: the Images list last sent',
    job_execution_id    BIGINT        NOT NULL,
    updated_at          DATETIME(6)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE sync_image_asset (
    asset_family        VARCHAR(100)  NOT NULL,
    asset_code          VARCHAR(255)  NOT NULL,
    akeneo_uuid         CHAR(36)      NOT NULL,
    PRIMARY KEY (asset_family, asset_code, akeneo_uuid),
    INDEX sync_image_asset_product (akeneo_uuid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
