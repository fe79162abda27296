package classify

import "testing"

// TestPoliticalAnniversary42: the anniversary of a nationalisation held
// as a ceremony and told as its speeches is an anniversary address
// (docs/labelling.md rule 14), flagged with the event among the
// reasons; a plant's report that names the anniversary as its date stays
// business.
func TestPoliticalAnniversary42(t *testing.T) {
	c := newClassifier(t, Options{})
	ceremony := Doc{
		Title: "La estatal minera celebra los 70 años de la nacionalización de las minas",
		Body: "Trabajadores y autoridades recordaron este martes el aniversario de la nacionalización de las minas en un acto solemne en la capital.\n\n" +
			"El ministro de Minería afirmó que la recuperación de los recursos naturales fue una conquista de los trabajadores y del pueblo.\n\n" +
			"\"Gracias a la gestión de nuestro gobierno se recuperaron las empresas que el neoliberalismo había destruido\", sostuvo.\n\n" +
			"El presidente de la estatal destacó que los mineros defendieron la patria y que hoy la defienden con su trabajo.",
	}
	flaggedOn(t, c, []voiceCase{{"a nationalisation's anniversary told as its speeches", "aniversario de la nacionalización", ceremony}})

	plant := Doc{
		Title: "La estatal minera inaugura una planta de zinc de 350 millones de dólares",
		Body: "La estatal minera inauguró este martes, en el aniversario de la nacionalización de las minas, una planta refinadora de zinc con una inversión de 350 millones de dólares.\n\n" +
			"La planta procesará 150.000 toneladas de concentrado al año y producirá 80.000 toneladas de zinc metálico.\n\n" +
			"La empresa firmó contratos de venta con dos compradores asiáticos por cinco años.\n\n" +
			"Las primeras exportaciones están previstas para el segundo trimestre.",
	}
	flagIs(t, c, plant, false, "a zinc plant opened on the anniversary")
}
