/** The branded frame every HTML email is rendered into (inline styles for mail clients). */
export const HTML_LAYOUT = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{subject}}</title>
</head>
<body style="margin:0;padding:0;background:#f1f5f9;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#0f172a;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f1f5f9;padding:24px 0;">
<tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;width:100%;background:#ffffff;border-radius:8px;overflow:hidden;">
<tr><td style="background:{{brand.primary_color}};padding:20px 32px;">
{{#if brand.logo_url}}<img src="{{brand.logo_url}}" alt="{{brand.name}}" height="32" style="display:block;">{{else}}<span style="color:#ffffff;font-size:20px;font-weight:700;">{{brand.name}}</span>{{/if}}
</td></tr>
<tr><td style="padding:32px;font-size:15px;line-height:1.6;">
{{{body}}}
</td></tr>
<tr><td style="padding:20px 32px;background:#f8fafc;color:#64748b;font-size:12px;line-height:1.5;">
{{brand.name}} · {{brand.footer_address}}<br>
{{#if shopper_id}}Your shopper id: <strong>{{shopper_id}}</strong> · {{/if}}<a href="{{brand.storefront_url}}" style="color:{{brand.accent_color}};">{{brand.storefront_url}}</a>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>`

export const TEXT_FOOTER = `

--
{{brand.name}} · {{brand.footer_address}}
{{#if shopper_id}}Your shopper id: {{shopper_id}}
{{/if}}{{brand.storefront_url}}`

export const button = (href: string, label: string) =>
  `<p style="margin:24px 0;"><a href="${href}" style="background:{{brand.accent_color}};color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600;display:inline-block;">${label}</a></p>`
