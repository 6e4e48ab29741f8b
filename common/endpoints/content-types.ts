/** The media types of the answers that are files, for the declarations' OpenAPI side. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
