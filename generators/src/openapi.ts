/** The slice of OpenAPI 3.1 that the generator reads. Anything else passes through untouched. */

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethodLower = (typeof HTTP_METHODS)[number];

export interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, SchemaObject>;
  required?: string[];
  items?: SchemaObject;
  anyOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  allOf?: SchemaObject[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  description?: string;
  deprecated?: boolean;
  example?: unknown;
  examples?: unknown[];
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  additionalProperties?: boolean | SchemaObject;
  [key: string]: unknown;
}

export interface ParameterObject {
  $ref?: string;
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  deprecated?: boolean;
  description?: string;
  schema?: SchemaObject;
  style?: string;
  explode?: boolean;
  example?: unknown;
  examples?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface MediaTypeObject {
  schema?: SchemaObject;
  example?: unknown;
  examples?: Record<string, { value?: unknown; $ref?: string }>;
}

export interface ResponseObject {
  $ref?: string;
  description?: string;
  content?: Record<string, MediaTypeObject>;
  headers?: Record<string, unknown>;
}

export interface RequestBodyObject {
  $ref?: string;
  required?: boolean;
  description?: string;
  content?: Record<string, MediaTypeObject>;
}

export interface OperationObject {
  operationId?: string;
  tags?: string[];
  summary?: string;
  description?: string;
  deprecated?: boolean;
  parameters?: ParameterObject[];
  requestBody?: RequestBodyObject;
  responses?: Record<string, ResponseObject>;
  [key: string]: unknown;
}

export type PathItemObject = {
  parameters?: ParameterObject[];
  [method: string]: unknown;
};

export interface OpenAPIDocument {
  openapi: string;
  info: { title: string; version: string; [key: string]: unknown };
  paths: Record<string, PathItemObject>;
  components?: { schemas?: Record<string, SchemaObject>; [key: string]: unknown };
  tags?: { name: string; description?: string }[];
  webhooks?: Record<string, PathItemObject>;
  servers?: { url: string }[];
  security?: unknown[];
  [key: string]: unknown;
}
