// Interactive API documentation from the app's own OpenAPI schema (Swagger UI, served locally).
window.ui = SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  validatorUrl: null,
});
