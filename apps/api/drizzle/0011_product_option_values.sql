CREATE TABLE "catalog"."product_option_values" (
	"product_id" bigint NOT NULL,
	"name" text NOT NULL,
	"value" text NOT NULL,
	CONSTRAINT "product_option_values_product_id_name_value_pk" PRIMARY KEY("product_id","name","value")
);
--> statement-breakpoint
ALTER TABLE "catalog"."product_option_values" ADD CONSTRAINT "product_option_values_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "catalog"."products"("id") ON DELETE cascade ON UPDATE no action;