package companies

import "testing"

// TestLatinNounBeforeWeakAlias: a short all-caps alias (weak alone) right
// after a Spanish, Portuguese or French company noun is that company, as
// "the consortium KBX" is in English, also with the nationality adjective
// that these languages put after the noun ("el consorcio chino KBX", "las
// empresas chinas KBX", "la estatal KBX"). A stray acronym after another
// noun stays out. Invented companies and sentences, written for this test.
func TestLatinNounBeforeWeakAlias(t *testing.T) {
	d := kbxDictionary(t)
	checkDetectCases(t, d, []detectCase{
		{"consorcio", "El gobierno firmó el lunes un contrato con el consorcio KBX para dos plantas.", []string{"Korvath Brine Consortium"}},
		{"consorcio chino", "La estatal Salar Alto Minera firmó con el consorcio chino KBX un convenio de extracción.", []string{"Salar Alto Minera", "Korvath Brine Consortium"}},
		{"empresas chinas", "El contrato con las empresas chinas KBX y otras dos sigue en la Asamblea.", []string{"Korvath Brine Consortium"}},
		{"la estatal", "La estatal KBX anunció una planta piloto en el salar.", []string{"Korvath Brine Consortium"}},
		{"a empresa chinesa", "O acordo com a empresa chinesa KBX foi assinado ontem.", []string{"Korvath Brine Consortium"}},
		{"le groupe chinois", "Le groupe chinois KBX a signé un accord lundi.", []string{"Korvath Brine Consortium"}},
		{"a broadcaster's initials stay out", "El alcalde dijo a la cadena KBX que el plan estaba muerto.", nil},
		{"a nationality alone is no noun", "El periodista chino KBX llegó el lunes.", nil},
		{"a capitalised adjective is a name", "La empresa China KBX llegó el lunes.", nil},
	})
}
