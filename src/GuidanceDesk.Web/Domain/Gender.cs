namespace GuidanceDesk.Web.Domain;

public enum Gender { Male = 1, Female = 2 }
