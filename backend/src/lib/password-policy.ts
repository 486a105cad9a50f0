/**
 * CloudServices' password rules: at least 10 characters, not built from the
 * email address, not one of the passwords attackers try first.
 */
export const PASSWORD_MIN_LENGTH = 10

// The most used passwords of public breach lists that are 10+ characters
// long (shorter ones already fail the length rule), lower-cased.
const COMMON = new Set(
  `1234567890 12345678910 0123456789 1234567891 1111111111 0000000000 1q2w3e4r5t 1qaz2wsx3edc
  qwertyuiop qwerty1234 qwerty12345 qwerty123456 password12 password123 password1234 password12345
  password!1 passw0rd123 p@ssword123 p@ssw0rd123 iloveyou12 iloveyou123 abcdefghij abc1234567
  abcd123456 a123456789 aa12345678 123456789a 123456789q 1234567890q qwertyuiop1 asdfghjkl1
  asdfghjkl; zxcvbnm123 1234qwerty 123qweasdzxc qweasdzxc1 football12 football123 baseball12
  basketball superman12 batman1234 sunshine12 princess12 welcome123 welcome1234 letmein123
  monkey1234 dragon1234 trustno1234 starwars12 whatever12 changeme12 changeme123 administrator
  admin12345 admin123456 adminadmin rootroot12 test123456 testtest12 computer12 internet12
  michael123 jennifer12 charlie123 jordan2323 liverpool1 chocolate1 butterfly1 1234abcd!@#
  qazwsxedc1 qazwsxedcrfv zaq12wsxcde 987654321a 9876543210 5555555555 7777777777 9999999999
  aaaaaaaaaa abcabcabc1 loveyou123 cloudservices cloudservices1 cloudservices123`
    .split(/\s+/)
    .filter(Boolean)
)

/** The first rule a password breaks, as a sentence for the customer; null when fine. */
export function passwordProblem(password: string, email?: string | null): string | null {
  if (typeof password !== "string" || password.length < PASSWORD_MIN_LENGTH) {
    return `Password must be at least ${PASSWORD_MIN_LENGTH} characters.`
  }
  if (password.length > 200) {
    return "Password must be at most 200 characters."
  }
  const lower = password.toLowerCase()
  const local = (email ?? "").split("@")[0]?.toLowerCase() ?? ""
  if (local.length >= 3 && lower.includes(local)) {
    return "Password must not contain your email address."
  }
  if (COMMON.has(lower) || /^(.)\1+$/.test(password)) {
    return "This password is too common. Choose one that is harder to guess."
  }
  return null
}
