/** The Lighthouse bench's baseline app (bench/lighthouse.mjs builds and serves it). */
export default { poweredByHeader: false, eslint: { ignoreDuringBuilds: true } }
